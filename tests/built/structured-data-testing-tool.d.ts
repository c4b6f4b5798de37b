// structured-data-testing-tool ships no type declarations; these cover what the tests use.
declare module 'structured-data-testing-tool' {
  export type Preset = {readonly name: string; readonly description: string};
  export type TestResult = {readonly group: string; readonly description: string; readonly test?: string};
  export type Report = {
    readonly passed: TestResult[];
    readonly failed: TestResult[];
    readonly warnings: TestResult[];
    /** schema.org types found, e.g. "FAQPage". */
    readonly schemas: string[];
  };
  /** Rejects with `{type: 'VALIDATION_FAILED', res: Report}` when a test fails. */
  export function structuredDataTest(
    input: string,
    options?: {presets?: readonly Preset[]; schemas?: readonly string[]},
  ): Promise<Report>;
}

declare module 'structured-data-testing-tool/presets' {
  import type {Preset} from 'structured-data-testing-tool';
  export const Google: Preset;
  export const Twitter: Preset;
  export const Facebook: Preset;
  export const SocialMedia: Preset;
}
