package dev.entitygroups.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTests {

	@Test
	void reportsMoreWhenTheExtraRowWasFetched() {
		PageResponse<String> page = PageResponse.of(7, List.of(1, 2, 3), 2, String::valueOf);

		assertThat(page.count()).isEqualTo(7);
		assertThat(page.hasMore()).isTrue();
		assertThat(page.data()).containsExactly("1", "2");
	}

	@Test
	void reportsNoMoreOnTheLastPage() {
		PageResponse<String> page = PageResponse.of(2, List.of(1, 2), 2, String::valueOf);

		assertThat(page.hasMore()).isFalse();
		assertThat(page.data()).containsExactly("1", "2");
	}

	@Test
	void escapesLikeWildcardsInSearchText() {
		assertThat(CreationOrder.containsPattern("50%_Off\\")).isEqualTo("%50\\%\\_off\\\\%");
	}

	@Test
	void namesErrorsTheWayTheSdkReadsThem() {
		assertThat(List.of(400, 401, 403, 404, 405, 409, 413, 415, 500, 501, 503).stream().map(ErrorNames::forStatus))
			.containsExactly("BadRequest", "Unauthorized", "Forbidden", "NotFound", "BadRequest", "Conflict",
					"BadRequest", "BadRequest", "InternalServerError", "Unimplemented", "InternalServerError");
	}

}
