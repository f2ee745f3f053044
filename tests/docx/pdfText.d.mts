/** Types for ./pdfText.mjs (a plain .mjs so the node:test LibreOffice check can run it without a compiler). */
export function pdfText(pdf: Uint8Array): string
