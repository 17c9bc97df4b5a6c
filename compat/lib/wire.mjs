// Records the last HTTP answer the SDK received, so a failed check can show what the
// service said, and error checks can read the problem body the SDK could not.
export const last = { status: undefined, body: undefined, url: undefined };

const originalFetch = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  const response = await originalFetch(input, init);
  last.url = typeof input === "string" ? input : input.url;
  last.status = response.status;
  const text = await response.clone().text();
  try {
    last.body = JSON.parse(text);
  } catch {
    last.body = text;
  }
  return response;
};
