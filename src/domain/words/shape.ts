/**
 * The shape of the reader-facing dictionary: every fixed string the site,
 * the search box, the PDFs and the feed show to readers, grouped by where it
 * appears. A language is one object implementing `Words` (today only
 * `pl/`); texts written by editors stay in content/, and messages to editors
 * stay with the checks that produce them.
 */

/** The forms of a noun after a number: 1 wynik, 2 wyniki, 5 wyników, 1,5 wyniku. */
export interface PluralForms {
  /** 1 */
  readonly one: string;
  /** 2–4, 22–24, … */
  readonly few: string;
  /** 0, 5–21, 25–31, … */
  readonly many: string;
  /** fractions: 1,5 … */
  readonly other?: string;
}

/** Nouns the site counts (with `countOf` from src/typography/plural.ts). */
export interface Nouns {
  readonly result: PluralForms;
  readonly page: PluralForms;
  readonly card: PluralForms;
  readonly tool: PluralForms;
  readonly template: PluralForms;
  readonly recommendation: PluralForms;
  readonly meeting: PluralForms;
  readonly model: PluralForms;
  /** A report from a meeting. */
  readonly report: PluralForms;
  readonly practice: PluralForms;
  readonly error: PluralForms;
  readonly sector: PluralForms;
  readonly stage: PluralForms;
  readonly step: PluralForms;
  readonly word: PluralForms;
  readonly pdfFile: PluralForms;
  readonly abbreviation: PluralForms;
}

/** The search box and the search page's script (shipped to browsers, so kept small). */
export interface SearchWords {
  /** Status before anything is typed or chosen. */
  readonly prompt: string;
  readonly noResults: string;
  /** No result for a query; `query` is what the reader typed. */
  readonly noResultsFor: (query: string) => string;
  /** „5 wyników dla „gmina””; `count` is already counted with its noun. */
  readonly resultsFor: (count: string, query: string) => string;
  /** The header panel's link when more results exist than it shows. */
  readonly allResults: string;
  /** The header panel's link when it shows every result. */
  readonly resultsWithFilters: string;
  /** After the count when only the first results are listed: `shown` is a plain number. */
  readonly shownOf: (summary: string, shown: number) => string;
  /** The button under a partial list; `left` is already counted with its noun. */
  readonly showMore: (left: string) => string;
  /** Beside „Filtry” on the folded filters: how many values are chosen, in brackets. */
  readonly chosenFilters: (chosen: number) => string;
}

/** Frame of every page: skip link, header, breadcrumbs, search field, footer. */
export interface ChromeWords {
  readonly skipLink: string;
  readonly tagline: string;
  readonly mainNavigation: string;
  /** The phone header's button that opens the main navigation. */
  readonly menu: string;
  /** The name of the scrolling region around the nth table of a body, with its nearest heading if any: „Tabela 2 – Działania”. */
  readonly tableRegion: (nth: number, heading: string | undefined) => string;
  readonly breadcrumbs: string;
  readonly home: string;
  readonly searchField: string;
  readonly searchButton: string;
  readonly searchShortcut: string;
  readonly publisher: string;
  /** Before a phone number: „tel.”. */
  readonly phone: string;
  /** Before an e-mail address: „e-mail:”. */
  readonly email: string;
  readonly accessibility: string;
  readonly accessibilityStatement: string;
  readonly signLanguage: string;
  readonly easyToRead: string;
  readonly sitemap: string;
  readonly aboutSite: string;
}

/** Pieces shared by several pages and components. */
export interface CommonWords {
  readonly sources: string;
  /** The heading of an entry's related materials. */
  readonly relatedMaterials: string;
  readonly sourceNote: string;
  readonly lastUpdated: string;
  readonly contactHeading: string;
  readonly dataProtectionOfficer: string;
  readonly noRecommendations: string;
  /** The name of a glossary's A–Z index, for screen readers. */
  readonly letterIndex: string;
  /** After „Nowe relacje ze spotkań i nowe narzędzia”, built from the kinds in the feed. */
  readonly feedLead: (news: string) => string;
  readonly feedLink: string;
  /** „wydanie z” before an edition date on a download. */
  readonly editionOf: string;
  /** The download box: the PDF is an extra copy; another format on request. */
  readonly pdfCopy: { readonly before: string; readonly link: string; readonly after: string };
  readonly forWhom: string;
  readonly project: string;
  readonly macroregion: string;
  readonly voivodeships: string;
  readonly lead: string;
  readonly partners: string;
  readonly recommendations: string;
  readonly tools: string;
  readonly models: string;
  readonly meetings: string;
  readonly meetingsAndReports: string;
  readonly downloads: string;
  readonly downloadsTitle: string;
  /** A meeting whose day is unknown. */
  readonly dateUnknown: string;
  /** A meeting whose form is unknown. */
  readonly formUnknown: string;
  readonly online: (platform: string) => string;
  readonly onSite: (place: string) => string;
}

/** Facts of a tool, on its page and in its PDF section. */
export interface ToolFactWords {
  readonly purpose: string;
  readonly whoFills: string;
  readonly when: string;
  readonly stage: string;
}

/** The structure and path diagrams of a model, their text equivalents and PDF figures. */
export interface DiagramWords {
  readonly project: (name: string) => string;
  readonly lead: string;
  readonly partners: string;
  readonly sectors: string;
  readonly tools: string;
  /** After the tools a stage shows when it has more: „i jeszcze 388 narzędzi” (`more` is counted with its noun). */
  readonly moreTools: (more: string) => string;
  readonly textLink: string;
  readonly textSummary: string;
  readonly structureTitle: (forPlural: string) => string;
  readonly structureSummary: (forPlural: string, tiers: string, teams: string, sectors: string, sectorNames: string) => string;
  readonly pathTitle: (forPlural: string) => string;
  readonly pathSummary: (stages: string, stageNames: string, steps: string, tools: string) => string;
  readonly inferredOrder: string;
}

/** The „Na tej stronie” contents at the top of long pages. */
export interface ContentsWords {
  readonly heading: string;
}

/** The table of voivodeships on the page „Gdzie szukać wsparcia”. */
export interface SupportMapWords {
  readonly heading: string;
  readonly voivodeship: string;
  readonly modelColumn: string;
  readonly projectColumn: string;
  readonly centreColumn: string;
  readonly macroregion: (name: string) => string;
  readonly model: (forPlural: string) => string;
  readonly lead: string;
  readonly none: string;
  readonly noMacroregion: string;
}

/** The PDF bundles and single-tool PDFs. */
export interface PdfWords {
  readonly cover: string;
  readonly edition: (date: string) => string;
  readonly introduction: string;
  readonly howToUse: string;
  /** What the bundle holds and how to fill it in; the institution's disclaimer follows. */
  readonly howToUseText: string;
  readonly htmlVersion: string;
  readonly contents: string;
  readonly diagrams: string;
  /** Before the address of a tool's HTML page in its PDF section. */
  readonly primaryVersion: string;
  readonly footer: (page: number, total: number) => string;
  readonly attachment: (file: string) => string;
  readonly bundleSubject: (forPlural: string) => string;
  readonly keywords: string;
  readonly creator: string;
}

/** The Atom feed. */
export interface FeedWords {
  /** „Nowe a, nowe b i nowe c”: what the feed brings (the kinds in it come from the registry). */
  readonly news: (parts: readonly string[]) => string;
  readonly meetingDateUnknown: string;
  readonly meetingHeld: (date: string) => string;
}

/** Texts of the site's own pages and of the list and entry pages, by page. */
export interface PageWords {
  readonly notFound: { readonly title: string; readonly description: string; readonly text: string; readonly sitemapHint: string };
  readonly sitemap: {
    readonly description: string;
    /** Name of one part of a long group's list, e.g. „Rekomendacje, część 2 z 3” (the page title puts „Mapa strony – ” before it). */
    readonly part: (group: string, n: number, total: number) => string;
    readonly partDescription: (group: string, from: number, to: number) => string;
    /** Before the links to the parts of a long group: „412 stron, lista w częściach:”. */
    readonly inParts: (pages: string) => string;
    /** A part's link text: its entries by number, „151–300”. */
    readonly range: (from: number, to: number) => string;
  };
  readonly downloads: {
    readonly description: string;
    readonly lead: string;
    /** The heading above the bundles (a section of the page's contents). */
    readonly bundles: string;
    readonly bundleContents: (count: number) => string;
    /** Around `npm run build` when the PDFs were not built. */
    readonly notBuilt: { readonly before: string; readonly after: string };
    readonly singleTools: string;
    readonly singleToolsText: string;
    readonly toolList: string;
  };
  readonly search: {
    readonly title: string;
    readonly description: string;
    readonly noScript: string;
    readonly byType: string;
    readonly byArea: string;
    readonly and: string;
    readonly bundles: string;
    readonly queryLabel: string;
    readonly queryHint: string;
    readonly filters: string;
    readonly clearFilters: string;
    readonly results: string;
    /** The setting that turns the „/” shortcut on and off (WCAG 2.1.4). */
    readonly shortcutSetting: string;
    readonly shortcutHint: string;
  };
  readonly models: {
    readonly description: string;
    readonly lead: string;
    readonly comparison: string;
    readonly comparisonCaption: string;
    readonly feature: string;
    readonly period: string;
    readonly teams: string;
    readonly sectors: string;
    readonly templates: string;
    readonly diagrams: string;
    readonly diagramsText: string;
  };
  readonly model: {
    readonly period: string;
    readonly aim: string;
    readonly phases: string;
    readonly organisation: string;
    readonly levels: string;
    readonly stages: string;
    readonly inferredOrder: string;
    readonly benefits: string;
    readonly bundle: string;
    /** After the institution's disclaimer on the model page. */
    readonly toolsDiffer: string;
    /** How the stages show the templates, after `toolsDiffer`. */
    readonly toolsAtStages: string;
    /** After a template at a stage that matches a tool the model's sources name. */
    readonly sourcedTool: string;
    readonly meetings: string;
    /** The link under the model's meetings when they are cut short. */
    readonly allMeetings: string;
  };
  /** `undated`: the heading of the reports whose day is unknown, after the years. */
  readonly meetings: { readonly description: string; readonly lead: string; readonly undated: string };
  readonly meeting: {
    readonly date: string;
    readonly unknown: string;
    readonly organiser: string;
    readonly form: string;
    readonly speakers: string;
    readonly topics: string;
    readonly report: string;
  };
  readonly recommendations: {
    readonly description: string;
    readonly lead: string;
    readonly browse: string;
    readonly byType: string;
    readonly byArea: string;
    readonly all: string;
    readonly forType: (forPlural: string) => string;
    readonly forTypeDescription: (genitivePlural: string) => string;
    readonly inArea: (area: string) => string;
    readonly inAreaDescription: (area: string) => string;
    readonly byAddressee: string;
    readonly forAddressee: (addressee: string) => string;
    readonly forAddresseeDescription: (addressee: string) => string;
    /** What a group page adds to its description: how its recommendations relate to the other groups. */
    readonly typeNote: string;
    readonly areaNote: string;
    readonly addresseeNote: string;
    /** „W tej grupie: 5 rekomendacji.” (the count comes formatted with countOf). */
    readonly inGroup: (count: string) => string;
    /** The heading of a group page's list (a section of its „Na tej stronie”). */
    readonly inGroupHeading: string;
    /** Headings of the links to a group page's siblings. */
    readonly otherTypes: string;
    readonly otherAreas: string;
    readonly otherAddressees: string;
    /** A list entry's addressees: „Adresaci: …”. */
    readonly addresseesLine: (addressees: string) => string;
  };
  readonly recommendation: {
    readonly numbered: (number: number) => string;
    readonly title: (number: number, title: string) => string;
    readonly area: string;
    readonly addressees: string;
    readonly stages: string;
    readonly related: string;
  };
  readonly tools: {
    readonly description: string;
    /** After the institution's disclaimer for a set of templates. */
    readonly lead: string;
    readonly stage: (stage: string) => string;
    /** The tools list: each tool once under its stage, with the municipality types it is for („gmin wiejskich i gmin miejskich”). */
    readonly forTypes: (genitivePlurals: string) => string;
    readonly models: string;
  };
  /** The accessibility statement (template v2.0 of 31.07.2024); text around the facts from settings. */
  readonly statement: {
    readonly description: (siteName: string) => string;
    readonly status: { readonly zgodna: string; readonly 'czesciowo-zgodna': string; readonly niezgodna: string };
    /** After the institution's name. */
    readonly commitment: string;
    readonly scope: (siteName: string) => string;
    readonly address: string;
    readonly published: string;
    readonly updated: string;
    readonly state: string;
    readonly statusBefore: string;
    readonly statusAfter: string;
    readonly statusCompliant: string;
    readonly statusBarriers: string;
    readonly preparation: string;
    readonly prepared: string;
    readonly reviewed: string;
    readonly selfAssessment: string;
    readonly audit: (auditor: string | undefined) => string;
    readonly shortcuts: string;
    readonly shortcutsText: string;
    readonly contact: string;
    readonly contactPerson: string;
    readonly contactPhone: string;
    readonly contactEmail: string;
    readonly contactAfter: string;
    readonly procedure: string;
    readonly procedureRequest: string;
    readonly procedureDeadline: string;
    readonly procedureComplaint: string;
    readonly ombudsman: string;
    readonly other: string;
    readonly architecture: string;
    readonly communication: string;
  };
  readonly tool: {
    readonly basis: string;
    readonly proposed: string;
    readonly named: (models: string) => string;
    readonly namedJoin: string;
    readonly proposedForOthers: string;
    readonly download: string;
    /** The lead of a tool's downloads; `hasDocx` when its editable DOCX was built. */
    readonly downloadText: (hasDocx: boolean) => string;
    /** The link to a tool's DOCX. */
    readonly editable: (title: string) => string;
    readonly related: string;
  };
}

/** Lists split into pages and related lists cut short (src/content/paging.ts). */
export interface PagingWords {
  /** The pager's name for screen readers. */
  readonly pager: string;
  readonly previous: string;
  readonly next: string;
  /** A page number's link name for screen readers: „Strona 3”. */
  readonly page: (n: number) => string;
  /** The title of a later page of a list: „Spotkania i relacje – strona 2 z 5”. */
  readonly title: (list: string, n: number, total: number) => string;
  /** Under the heading of a list split into pages: „Pozycje 21–40 z 95.” */
  readonly position: (from: number, to: number, count: number) => string;
  /** Before the link under a related list cut short: „Lista skrócona: 10 z 48 pozycji.” */
  readonly shortened: (shown: number, count: number) => string;
}

export interface Words {
  /** An enumeration in running text: „a”, „a i b”, „a, b i c”. */
  readonly listPhrase: (items: readonly string[]) => string;
  readonly nouns: Nouns;
  readonly search: SearchWords;
  readonly chrome: ChromeWords;
  readonly common: CommonWords;
  readonly toolFacts: ToolFactWords;
  readonly diagrams: DiagramWords;
  readonly contents: ContentsWords;
  readonly supportMap: SupportMapWords;
  readonly pdf: PdfWords;
  readonly feed: FeedWords;
  readonly pages: PageWords;
  readonly paging: PagingWords;
}
