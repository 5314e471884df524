/**
 * Results of a pure function of a message's text, kept only while that message is being read. Understanding a
 * message, then its follow-up and two-needs reading, ask for the same texts several times (the statistics words'
 * English cues: ~12 times for ~3.5 distinct texts a message); each text is worked out once. Unlike `BoundedMemo`
 * (words), the keys here are whole messages, so nothing is kept past the current turn of the event loop: the memo
 * empties itself on the next `setImmediate`, and at `max` entries whatever comes first. Never logged or written.
 */
export class ReadingMemo<V> {
  private readonly results = new Map<string, V>();
  private clearing = false;

  constructor(private readonly max = 64) {}

  get(key: string, compute: (key: string) => V): V {
    const known = this.results.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (this.results.size >= this.max) this.results.clear();
    this.results.set(key, value);
    if (!this.clearing) {
      this.clearing = true;
      setImmediate(() => {
        this.results.clear();
        this.clearing = false;
      });
    }
    return value;
  }
}
