let fallbackParent

export function initialize(data) {
  fallbackParent = data.fallbackParent
}

const isBare = (s) => !s.startsWith('.') && !s.startsWith('/') && !s.includes(':')

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context)
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !isBare(specifier)) throw error
    return nextResolve(specifier, { ...context, parentURL: fallbackParent })
  }
}
