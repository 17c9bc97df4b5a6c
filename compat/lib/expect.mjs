// Assertions for the suite, on top of node:assert.
import assert from "node:assert/strict";

import { last } from "./wire.mjs";

export { assert };

const statuses = { BadRequest: [400, 405, 413, 415], Unauthorized: [401], Forbidden: [403], NotFound: [404], Conflict: [409] };

/** How many error checks passed only through the SDK 0.7.1 error-parsing defect (see README). */
export const untypedErrors = { count: 0 };

/**
 * Awaits a call that must fail with the given SDK error type (such as Mercoa.NotFound).
 *
 * SDK 0.7.1 picks the error type by the body's `errorName` and then parses the whole body
 * as a string, so an RFC 9457 object body surfaces as a ParseError instead of the typed
 * error. Such a ParseError is accepted when the answer had the right status, `errorName`
 * and `content`: it proves the SDK took the branch of the expected type.
 *
 * `mentions` is text the error's content must contain, such as the missing id: it tells
 * "that resource does not exist" from "that endpoint does not exist".
 */
export async function rejectsWith(errorType, call, mentions) {
  let outcome;
  try {
    outcome = await call();
  } catch (error) {
    if (error instanceof errorType) {
      assert.equal(typeof error.body?.content, "string", "the error body carries a 'content' sentence");
      mentionsText(error.body.content, mentions);
      return error;
    }
    if (error?.constructor?.name === "ParseError" && last.body?.errorName === errorType.name) {
      assert.ok(statuses[errorType.name].includes(last.status), `status ${last.status} for ${errorType.name}`);
      assert.equal(typeof last.body.content, "string", "the problem body carries a 'content' sentence");
      assert.equal(last.body.status, last.status, "the problem body repeats the status");
      mentionsText(last.body.content, mentions);
      untypedErrors.count++;
      return { statusCode: last.status, body: last.body };
    }
    throw new assert.AssertionError({
      message: `expected ${errorType.name}, got ${error?.constructor?.name}: ${error?.message}` +
        ` (last answer ${last.status} ${JSON.stringify(last.body)})`,
    });
  }
  throw new assert.AssertionError({ message: `expected ${errorType.name}, got success: ${JSON.stringify(outcome)}` });
}

function mentionsText(content, mentions) {
  if (mentions !== undefined) {
    assert.ok(content.includes(mentions), `the error content '${content}' names '${mentions}'`);
  }
}

export function matchesId(value, prefix) {
  assert.match(String(value), new RegExp(`^${prefix}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`));
}

export function isPage(page) {
  assert.equal(typeof page.count, "number", "page.count is a number");
  assert.equal(typeof page.hasMore, "boolean", "page.hasMore is a boolean");
  assert.ok(Array.isArray(page.data), "page.data is a list");
}

export function isDate(value, name) {
  assert.ok(value instanceof Date && !Number.isNaN(value.getTime()), `${name} is an ISO-8601 timestamp`);
}
