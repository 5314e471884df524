/** Internals a response must never show: stack frames, error class names, file paths, SDK messages. */
export const INTERNALS = /\bat \S+ \(|\.[jt]s:\d+|Error:|TypeError|ZodError|botbuilder|node_modules|stack/i;
