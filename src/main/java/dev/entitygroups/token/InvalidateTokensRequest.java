package dev.entitygroups.token;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /organization/invalidateTokens}.
 *
 * @param sessionId the sessions whose tokens stop working; absent means every token
 */
record InvalidateTokensRequest(@Size(min = 1, max = 100) List<@NotBlank @Size(max = 255) String> sessionId) {
}
