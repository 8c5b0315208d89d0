package dev.autogen.spring.boot.endpoint;

import dev.autogen.runtime.Autogen;
import dev.autogen.spring.boot.AutogenAutoConfiguration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link AutogenEndpoint}, when Actuator is on the class path, the endpoint is available (exposed and not
 * disabled: {@code management.endpoints.web.exposure.include=autogen}) and there is an {@link Autogen} bean.
 */
@AutoConfiguration(after = AutogenAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnAvailableEndpoint(AutogenEndpoint.class)
public final class AutogenEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Autogen.class)
    @ConditionalOnMissingBean
    AutogenEndpoint autogenEndpoint(ListableBeanFactory beans) {
        return new AutogenEndpoint(beans.getBeansOfType(Autogen.class));
    }
}
