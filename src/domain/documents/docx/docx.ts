/**
 * 在手机上生成 .docx：WordprocessingML 的几个部件，UTF-8 编码后装进 zip。不依赖 TextEncoder、Blob、URL，
 * 小程序里也能跑；没有服务器参与。
 */
import type { RenderedDocument } from '../rendered'
import { contentTypesXml, coreXml, documentRelsXml, packageRelsXml, settingsXml, stylesXml } from './packageParts'
import { encodeUtf8 } from './utf8'
import { documentXml, footerXml } from './wordXml'
import { zipStore } from './zip'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * The bytes of a Word file for a rendered document. [Content_Types].xml comes first, as Office writes it.
 * @example documentToDocx(renderDocument(template, values)).subarray(0, 2) // Uint8Array [0x50, 0x4b] ('PK')
 */
export function documentToDocx(doc: RenderedDocument): Uint8Array {
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypesXml],
    ['_rels/.rels', packageRelsXml],
    ['docProps/core.xml', coreXml(doc.title)],
    ['word/document.xml', documentXml(doc)],
    ['word/_rels/document.xml.rels', documentRelsXml],
    ['word/styles.xml', stylesXml],
    ['word/settings.xml', settingsXml],
    ['word/footer1.xml', footerXml()],
  ]
  return zipStore(parts.map(([path, xml]) => ({ path, data: encodeUtf8(xml) })))
}
