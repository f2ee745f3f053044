/**
 * .docx 包里除正文以外的部件：[Content_Types].xml、关系文件、样式（字体、字号、行距）、设置、文档属性。
 * (ECMA-376 Part 2, Open Packaging Conventions.) compatibilityMode 15 keeps Word out of 兼容模式.
 */
import { FOOTER_REL_ID, xmlEscape } from './wordXml'

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml'

export const contentTypesXml = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
  + `<Override PartName="/word/document.xml" ContentType="${WML}.document.main+xml"/>`
  + `<Override PartName="/word/styles.xml" ContentType="${WML}.styles+xml"/>`
  + `<Override PartName="/word/settings.xml" ContentType="${WML}.settings+xml"/>`
  + `<Override PartName="/word/footer1.xml" ContentType="${WML}.footer+xml"/>`
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'

export const packageRelsXml = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>`
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'

export const documentRelsXml = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`
  + `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>`
  + `<Relationship Id="${FOOTER_REL_ID}" Type="${REL}/footer" Target="footer1.xml"/></Relationships>`

export const settingsXml = `${XML_HEAD}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>`
  + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'

const fonts = (eastAsia: string) => `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${eastAsia}" w:cs="Times New Roman"/>`
const style = (id: string, body: string) => `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/><w:basedOn w:val="Normal"/>${body}</w:style>`

/** 仿宋 四号 (14 pt) body at 1.5 lines; 宋体 小二 (18 pt) bold title; 小四 (12 pt) in the form table. */
export const stylesXml = `${XML_HEAD}<w:styles xmlns:w="${W_NS}">`
  + `<w:docDefaults><w:rPrDefault><w:rPr>${fonts('仿宋')}<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>`
  + '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
  + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
  + style('DocTitle', `<w:pPr><w:jc w:val="center"/><w:spacing w:before="120" w:after="120"/></w:pPr><w:rPr>${fonts('宋体')}<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>`)
  + style('DocSubtitle', `<w:pPr><w:jc w:val="center"/><w:spacing w:after="120"/></w:pPr><w:rPr>${fonts('宋体')}<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>`)
  + style('FormText', '<w:pPr><w:spacing w:line="300" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>')
  + style('Footer', '<w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="666666"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>')
  + '</w:styles>'

/** docProps/core.xml: the title a file manager or Word shows. No creator: the file carries the user's words only (issue 17). */
export function coreXml(title: string): string {
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">`
    + `<dc:title>${xmlEscape(title)}</dc:title></cp:coreProperties>`
}
