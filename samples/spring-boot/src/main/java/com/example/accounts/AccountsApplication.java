package com.example.accounts;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Starts, lets Autogen's starter apply the migrations, then stores one more account and prints how many there are:
 * proof that the schema the migrations built is the one Hibernate maps, and that rows survive each migration.
 */
@SpringBootApplication
public class AccountsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccountsApplication.class, args);
    }

    @Bean
    CommandLineRunner openAccount(AccountRepository accounts) {
        return args -> {
            long next = accounts.count() + 1;
            accounts.save(new Account("Ada Lovelace " + next, "ada" + next + "@example.com"));
            System.out.println("accounts: " + accounts.count());
        };
    }
}
