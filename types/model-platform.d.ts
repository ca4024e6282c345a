// What src/model uses of the platform it runs on: APIs that Node (20 and later), browsers and
// workers all have. Declared here, for tsconfig.model.json only, instead of the DOM library, so
// that the model cannot reach for the page (document, window, elements).

declare const crypto: {
  randomUUID(): string;
  readonly subtle: {
    digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  };
};

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
}
