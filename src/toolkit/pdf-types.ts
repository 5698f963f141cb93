/** The pdfkit types every PDF module speaks, apart from the module that creates documents (no import cycle through it). */
export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;
