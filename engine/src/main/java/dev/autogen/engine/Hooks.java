package dev.autogen.engine;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.diff.hook.AutogenHook;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The project's {@link AutogenHook}s, found with {@link ServiceLoader} through a class loader over the entities'
 * class path entries (whose parent is Autogen's own, so the hook interface is shared), and those given to the
 * engine's builder. Close to release the loader.
 */
final class Hooks implements AutoCloseable {

    private static final String SERVICE_FILE = "META-INF/services/" + AutogenHook.class.getName();

    private final URLClassLoader loader;
    private final List<AutogenHook> hooks;

    private Hooks(URLClassLoader loader, List<AutogenHook> hooks) {
        this.loader = loader;
        this.hooks = List.copyOf(hooks);
    }

    /** The hooks the entities' class path lists, then {@code given}. */
    static Hooks load(List<Path> entities, List<AutogenHook> given) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : entities) {
            if (Files.exists(entry)) {
                try {
                    urls.add(entry.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new ConfigurationException(
                            "entity class path entry " + entry + " is not a valid location: " + e.getMessage());
                }
            }
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), AutogenHook.class.getClassLoader());
        List<AutogenHook> found = new ArrayList<>();
        try {
            for (AutogenHook hook : ServiceLoader.load(AutogenHook.class, loader)) {
                found.add(hook);
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            close(loader);
            throw new HookException("cannot load an Autogen hook listed in " + SERVICE_FILE + ": " + message(e)
                    + "; fix the class name there or the hook's class");
        }
        found.addAll(given);
        return new Hooks(loader, found);
    }

    /** Whether every hook lets table {@code name} take part. */
    boolean includeTable(String name, boolean reflected) {
        for (AutogenHook hook : hooks) {
            if (!call(hook, "includeTable", () -> hook.includeTable(name, reflected))) {
                return false;
            }
        }
        return true;
    }

    /** The plan after every hook's {@code includeOperation}, then every hook's {@code process}. */
    MigrationPlan apply(MigrationPlan plan) {
        if (hooks.isEmpty()) {
            return plan;
        }
        List<Operation> kept = new ArrayList<>();
        for (Operation op : plan.operations()) {
            if (hooks.stream().allMatch(hook -> call(hook, "includeOperation", () -> hook.includeOperation(op)))) {
                kept.add(op);
            }
        }
        MigrationPlan result = new MigrationPlan(kept);
        for (AutogenHook hook : hooks) {
            MigrationPlan input = result;
            result = call(hook, "process", () -> hook.process(input));
            if (result == null) {
                throw new HookException("hook " + hook.getClass().getName() + ".process returned null; return a plan"
                        + " (MigrationPlan.empty() for none)");
            }
        }
        return result;
    }

    private static <T> T call(AutogenHook hook, String method, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException | LinkageError e) {
            throw new HookException("hook " + hook.getClass().getName() + "." + method + " failed: " + message(e), e);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName()
                + (m == null || m.isBlank() ? "" : " " + m.lines().findFirst().orElse(""));
    }

    @Override
    public void close() {
        close(loader);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // nothing was written through it; the files stay readable
        }
    }
}
