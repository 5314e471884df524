import type { CardElement } from '../../src/cards/card-kit';

/** Every element of a card (or part of one), depth first: anything with a `type`, in the order a reader meets it. */
export function elements(node: unknown): CardElement[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const self = typeof record['type'] === 'string' ? [record as CardElement] : [];
  return [...self, ...Object.values(record).flatMap(elements)];
}

/** Every TextBlock's text in a card (or part of one), depth first. */
export function textBlocks(node: unknown): string[] {
  return elements(node).flatMap((element) => {
    const text = (element as { text?: unknown }).text;
    return element.type === 'TextBlock' && typeof text === 'string' ? [text] : [];
  });
}
