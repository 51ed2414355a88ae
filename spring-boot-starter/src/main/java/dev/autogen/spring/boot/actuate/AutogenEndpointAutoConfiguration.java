package dev.autogen.spring.boot.actuate;

import dev.autogen.runtime.Migrator;
import dev.autogen.spring.boot.AutogenAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Defines the {@code autogen} actuator endpoint when actuator is present and the endpoint is available. */
@AutoConfiguration(after = AutogenAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(AutogenEndpoint.class)
public class AutogenEndpointAutoConfiguration {
    /** The endpoint over the application's migrator. */
    @Bean
    @ConditionalOnBean(Migrator.class)
    @ConditionalOnMissingBean
    public AutogenEndpoint autogenEndpoint(Migrator migrator) {
        return new AutogenEndpoint(migrator);
    }
}
