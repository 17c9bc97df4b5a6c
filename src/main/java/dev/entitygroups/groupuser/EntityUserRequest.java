package dev.entitygroups.groupuser;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /entity/{entityId}/user} and of its update; an absent member is
 * left as it is on update.
 *
 * @param foreignId the platform's own id, unique within the entity
 * @param email the user's email
 * @param name the user's name
 * @param roles free-form roles; repeats collapse
 */
record EntityUserRequest(
		@Size(min = 1, max = 255) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String foreignId,
		@Email @Size(max = 320) String email, @Size(max = 255) String name,
		@Size(max = Roles.MAX_COUNT) List<@NotBlank @Size(max = Roles.MAX_LENGTH) String> roles) {

	static final String NOT_BLANK = "(?s).*\\S.*";

}
