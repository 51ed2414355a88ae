package dev.autogen.entity;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.beanvalidation.BeanValidationIntegrator;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.spi.JdbcServices;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies Bean Validation constraints to the metadata the way Hibernate does when it builds a
 * session factory with a Bean Validation provider present: it calls Hibernate's own
 * {@code TypeSafeActivator.applyRelationalConstraints}, so {@code @NotNull} and {@code @NotBlank} make
 * columns NOT NULL, {@code @Size(max)} and {@code @Length} set lengths, and {@code @Min}, {@code @Max}
 * and {@code @Digits} add checks and precision exactly as Hibernate's export has them. It honours
 * {@code hibernate.validator.apply_to_ddl} and {@code jakarta.persistence.validation.mode}; with no
 * provider on the class path (mode {@code auto}) nothing changes.
 */
final class BeanValidationDdl {
    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

    private BeanValidationDdl() {
    }

    /**
     * Applies the constraints of the entity classes that {@code loader} sees to the metadata. Returns
     * a notice when the entities carry constraints that no provider on the class path applies.
     */
    static Optional<String> apply(Metadata metadata, StandardServiceRegistry registry, ClassLoader loader,
                                  String classpathDescription) {
        Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
        Set<ValidationMode> modes = modes(settings);
        if (modes.contains(ValidationMode.NONE) || !(modes.contains(ValidationMode.AUTO) || modes.contains(ValidationMode.DDL))
                || !Boolean.parseBoolean(String.valueOf(settings.getOrDefault(BeanValidationIntegrator.APPLY_CONSTRAINTS, "true")).strip())) {
            return Optional.empty();
        }
        ValidatorFactory factory = factory(loader, modes.contains(ValidationMode.DDL));
        if (factory == null) {
            return ConstrainedClasses.first(metadata.getEntityBindings()).map(constrained -> "Bean Validation"
                    + " constraints such as those of " + constrained + " are not applied to the schema: no provider"
                    + " such as Hibernate Validator is on the class path " + classpathDescription + ". If the app has"
                    + " one, add the project's dependencies to --classpath (or use the Maven plugin), as Hibernate"
                    + " applies them; set jakarta.persistence.validation.mode=none to silence this.");
        }
        try (factory) {
            activator().invoke(null, factory, metadata.getEntityBindings(), settings,
                    registry.requireService(JdbcServices.class).getDialect(),
                    new ClassLoaderAccessImpl(registry.requireService(ClassLoaderService.class)));
            return Optional.empty();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call Hibernate's " + ACTIVATOR, e);
        }
    }

    private static Set<ValidationMode> modes(Map<String, Object> settings) {
        Object mode = settings.get(BeanValidationIntegrator.JAKARTA_MODE_PROPERTY);
        if (mode == null) {
            mode = settings.get(BeanValidationIntegrator.MODE_PROPERTY);
        }
        try {
            return ValidationMode.parseValidationModes(mode);
        } catch (RuntimeException e) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The setting "
                    + BeanValidationIntegrator.JAKARTA_MODE_PROPERTY + "=" + mode + " is not valid: " + e.getMessage()
                    + ". Use auto, ddl, callback, none, or ddl,callback.", e);
        }
    }

    /**
     * The provider's factory, found through the entity class loader as Hibernate finds it through the
     * application's; {@code null} when there is none and none was required. Messages are never
     * interpolated for DDL, so no expression language implementation is needed.
     */
    private static ValidatorFactory factory(ClassLoader loader, boolean required) {
        try {
            return Validation.byDefaultProvider()
                    .providerResolver(() -> ValidationProviders.of(loader))
                    .configure()
                    .messageInterpolator(new LiteralMessages())
                    .buildValidatorFactory();
        } catch (NoProviderFoundException e) {
            if (required) {
                throw new AutogenException(ErrorCode.CONFIGURATION, BeanValidationIntegrator.JAKARTA_MODE_PROPERTY
                        + " asks for Bean Validation DDL, but no Bean Validation provider such as Hibernate Validator"
                        + " is on the class path. Add it (org.hibernate.validator:hibernate-validator) to --classpath,"
                        + " or set the mode to auto or none.", e);
            }
            return null;
        }
    }

    private static Method activator() {
        try {
            Method method = Class.forName(ACTIVATOR, true, BeanValidationIntegrator.class.getClassLoader())
                    .getMethod("applyRelationalConstraints", ValidatorFactory.class, Collection.class, Map.class,
                            Dialect.class, ClassLoaderAccess.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This Hibernate has no " + ACTIVATOR + ".applyRelationalConstraints", e);
        }
    }

    /** Returns each message template as it is; DDL never shows messages. */
    private static final class LiteralMessages implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }
}
