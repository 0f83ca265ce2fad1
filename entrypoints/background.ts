// Minimal background entrypoint; the extension's wiring comes with issue [2/6].
export default defineBackground(() => {
  // Nothing to do yet: the matching engine lives in lib/ and is exercised by tests and tools.
});
