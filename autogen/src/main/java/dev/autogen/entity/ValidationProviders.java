package dev.autogen.entity;

import jakarta.validation.spi.ValidationProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The Bean Validation providers that a class loader offers through {@code META-INF/services}. */
final class ValidationProviders {
    private ValidationProviders() {
    }

    static List<ValidationProvider<?>> of(ClassLoader loader) {
        List<ValidationProvider<?>> providers = new ArrayList<>();
        for (ValidationProvider<?> provider : ServiceLoader.load(ValidationProvider.class, loader)) {
            providers.add(provider);
        }
        return providers;
    }
}
