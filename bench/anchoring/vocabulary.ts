// Word lists for the synthetic news corpus: names and places in several scripts,
// emoji (astral, flags, ZWJ sequences) so that code points and UTF-16 differ.

/** Splits a `|`-separated list, ignoring the line breaks that keep it readable. */
const list = (s: string): readonly string[] =>
  s
    .split('|')
    .map(w => w.trim())
    .filter(w => w.length > 0);

export const FIRST_NAMES = list(`
  Robert|Olaf|Annalena|Ursula|Emmanuel|Giorgia|Pedro|Mette|Sanna|Jacinda|Kai|Ngozi|Chidi|
  Aiko|Hiroshi|Mei|Wei|Priya|Arjun|Fatima|Omar|Leila|Jonas|Greta|Lars|Zofia|Tomasz|Ana|João|
  Camila|Dmitri|Olena|Ahmet|Elif|Siobhán|Søren|Chloé|José|Björn|Zoë
`);
export const LAST_NAMES = list(`
  Habeck|Scholz|Baerbock|Lindner|Macron|Meloni|Sánchez|Frederiksen|Marin|Ardern|Okonjo|
  Adeyemi|Tanaka|Suzuki|Zhang|Wang|Sharma|Patel|Haddad|Rahimi|Müller|Schmidt|Nowak|Kowalski|
  Silva|Costa|Ivanova|Kovalenko|Yılmaz|Öztürk|O'Brien|Kierkegaard|Dubois|García|Lindqvist|
  Novák
`);
export const FAMOUS = list(`
  习近平|李强|Владимир Путин|Володимир Зеленський|岸田文雄|윤석열|محمد بن سلمان|Recep Tayyip Erdoğan|
  Luiz Inácio Lula da Silva|Narendra Modi|Benjamin Netanyahu|Ursula von der Leyen|
  Christine Lagarde|António Guterres|Tedros Adhanom Ghebreyesus
`);
export const ROLES = list(`
  the economy minister|a spokesperson for the chancellery|the finance minister|
  an opposition MP|the central bank governor|the health commissioner|a senior economist|
  the mayor|a union leader|the party chair|an adviser to the president|the regulator
`);
export const ORGS = list(`
  the Bundesbank|the European Central Bank|the IMF|Eurostat|the Federal Statistical Office|
  the WHO|the ministry of finance|the opposition|the employers’ federation|the OECD|
  the World Bank|the energy agency|the court of auditors|the rail operator|Greenpeace|
  the chamber of commerce|the metalworkers’ union|the Robert Koch Institute|the UN|NATO
`);
export const PLACES = list(`
  Berlin|München|Zürich|Kraków|São Paulo|東京|Москва|القاهرة|Mumbai|Lagos|Brussels|Wien|Kyiv|
  İstanbul|Reykjavík|Île-de-France|Baden-Württemberg|北京|Seoul|Nairobi|Bogotá|Québec|
  Göteborg|Łódź|Thessaloniki|Hamburg
`);
export const EMOJI = list(`
  📈|📉|🌍|⚡|🇩🇪|🇪🇺|👩‍🔬|🔥|✅|😀|🏭|🚆|💶|🧑🏽‍⚕️
`);
export const METRICS = list(`
  inflation|unemployment|the budget deficit|gas prices|rents|wages|exports|
  industrial output|emissions|hospital admissions|the birth rate|public debt|
  electricity demand|bread prices|rail punctuality|tax revenue|migration|GDP growth
`);
export const UNITS = list(`
  percent|billion euros|million people|terawatt hours|tonnes|points
`);
export const MONTHS = list(`
  January|February|March|April|May|June|July|August|September|October|November|December
`);
export const DAYS = list(`
  Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
`);
export const MOVES = list(`
  rose|fell|climbed|dropped|doubled|stagnated|jumped|slipped|recovered
`);
export const ACTIONS = list(`
  cut taxes for small firms|raise the minimum wage|phase out coal|freeze rents|
  build new housing|expand the rail network|scrap the subsidy|review the pension system|
  ban short-haul flights|hire more teachers|cap energy prices|sell its stake in the utility|
  close the border crossing|delay the reform|double defence spending|fund the new hospital
`);
export const ADVERBS = list(`
  sharply|slightly|unexpectedly|steadily|for the first time|once again|quietly|
  according to preliminary figures|despite warnings|in real terms|year on year
`);
export const OPINIONS = list(`
  the plan is unaffordable|the figures are misleading|the data were cherry-picked|
  nobody will pay more|the reform has already worked|the crisis is over|
  prices will keep rising|the estimate is far too low|the policy hurts pensioners|
  the decision was long overdue|the statistics ignore part-time workers|
  the numbers speak for themselves|this is fake news
`);
export const CONNECTORS = list(`
  However,|Meanwhile,|At the same time,|In contrast,|Earlier this year,|Last week,|
  By comparison,|Officially,|In a statement,|On social media,|Speaking on television,
`);
