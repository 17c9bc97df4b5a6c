package dev.entitygroups.token;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /organization/invalidateTokens}.
 *
 * @param sessionId the sessions whose tokens stop working; absent means every token, and
 * an explicit {@code null} is refused so that a client's unset variable cannot pull the
 * break-glass switch
 */
record InvalidateTokensRequest(@JsonSetter(nulls = Nulls.FAIL) @Size(min = 1,
		max = 100) List<@NotBlank @Size(max = 255) @Pattern(regexp = TokenOptions.PRINTABLE,
				message = "must not hold control characters") String> sessionId) {
}
