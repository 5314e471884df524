export const BUILTINS: readonly string[];
/** The built-ins a module declares itself (so the transform leaves them alone). */
export function declaredBuiltins(code: string): Set<string>;
export function createTransformer(swcOptions: Record<string, unknown>): {
  process(src: string, filename: string, options: unknown): { code: string; map?: unknown };
  getCacheKey(src: string, filename: string, ...rest: unknown[]): string;
};
