package dev.entitygroups.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list endpoint.
 *
 * @param count how many items match the filter across all pages
 * @param hasMore whether a page follows this one
 * @param data the items of this page
 * @param <T> the item type
 */
public record PageResponse<T>(long count, boolean hasMore, List<T> data) {

	/**
	 * Builds a page from a query that fetched up to {@code limit + 1} rows: the extra row
	 * only tells that more follow.
	 * @param count the number of matching items across all pages
	 * @param rows the fetched rows, at most {@code limit + 1}
	 * @param limit the page size
	 * @param mapper turns a row into an item
	 * @param <R> the row type
	 * @param <T> the item type
	 * @return the page
	 */
	public static <R, T> PageResponse<T> of(long count, List<R> rows, int limit, Function<R, T> mapper) {
		boolean hasMore = rows.size() > limit;
		List<T> data = rows.stream().limit(limit).map(mapper).toList();
		return new PageResponse<>(count, hasMore, data);
	}

}
