package dev.entitygroups;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the entity group service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EntityGroupServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(EntityGroupServiceApplication.class, args);
	}

}
