/**
 * Globals that exist in a browser or in Node but not in WeChat's logic layer (JSCore / V8 with only
 * `wx`, `App`, `Page`, `Component`, `getApp`, `getCurrentPages`, `require`, timers and `console`).
 * A bundle may *probe* them (`typeof window !== 'undefined'`): Taro, React's scheduler and webpack do.
 * It must never *use* one: on a phone that is a ReferenceError (or, inside WeChat's module wrapper,
 * `undefined`), however well it worked in Chromium.
 */
export const BROWSER_ONLY_GLOBALS = new Set([
  // DOM and BOM
  'window', 'self', 'document', 'navigator', 'location', 'history', 'screen', 'frames', 'parent', 'top',
  'HTMLElement', 'Element', 'Node', 'Event', 'CustomEvent', 'EventTarget', 'MutationObserver',
  'IntersectionObserver', 'ResizeObserver', 'getComputedStyle', 'matchMedia', 'customElements',
  'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'alert', 'confirm', 'prompt',
  // storage and network
  'localStorage', 'sessionStorage', 'indexedDB', 'caches', 'fetch', 'XMLHttpRequest', 'WebSocket',
  'EventSource', 'Request', 'Response', 'Headers', 'AbortController', 'navigator',
  // data and encoding
  'URL', 'URLSearchParams', 'Blob', 'File', 'FileReader', 'FormData', 'TextEncoder', 'TextDecoder',
  'atob', 'btoa', 'Image', 'crypto', 'performance', 'structuredClone', 'MessageChannel', 'BroadcastChannel',
  'Worker',
  // Node only
  'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', '__dirname', '__filename'
])

/**
 * What Taro's ProvidePlugin hands bundled code instead of the real thing (webpack5-runner
 * MiniWebpackPlugin): `window` becomes `require(runtime)["window"]`, `Element` its TaroElement.
 */
export const TARO_PROVIDED_GLOBALS = new Set(['window', 'document', 'navigator', 'requestAnimationFrame', 'cancelAnimationFrame',
  'TaroElement', 'SVGElement', 'MutationObserver', 'history', 'location', 'URLSearchParams', 'URL'])
