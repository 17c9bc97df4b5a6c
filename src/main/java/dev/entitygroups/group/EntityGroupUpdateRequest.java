package dev.entitygroups.group;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /entityGroup/{entityGroupId}}: an absent member is left as it
 * is.
 *
 * @param foreignId the platform's own id, unique among groups
 * @param name a display name
 * @param emailToName the local part of the group's inbox address, unique among groups
 * @param metadata free string pairs, replacing the old ones
 */
record EntityGroupUpdateRequest(@Size(min = 1, max = 255) String foreignId, @Size(max = 255) String name,
		@Pattern(regexp = EMAIL_TO_NAME, message = EMAIL_TO_NAME_RULE) String emailToName,
		@Size(max = 50) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 1000) String> metadata) {

	static final String EMAIL_TO_NAME = "[A-Za-z0-9][A-Za-z0-9._+-]{0,63}";

	static final String EMAIL_TO_NAME_RULE = "must be 1 to 64 letters, digits, '.', '_', '+' or '-', "
			+ "starting with a letter or digit";

}
