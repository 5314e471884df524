declare module 'eld/medium' {
  export const eld: {
    detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
  };
}
