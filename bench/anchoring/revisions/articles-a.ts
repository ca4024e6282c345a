/**
 * Articles of the revision corpus, written for it in the styles news sites
 * use (a live blog, a wire story, a market report). Each is one paragraph
 * or list item per line, as Factmark's canonical text is.
 */
export interface CorpusArticle {
  name: string;
  /** Lines, joined by "\n" into the canonical text. */
  lines: readonly string[];
  /** Words and names a correction may respell: [as written, as corrected]. */
  corrections: readonly (readonly [string, string])[];
  /** New headlines for a rewrite. */
  headlines: readonly string[];
}

export const LIVE_BLOG: CorpusArticle = {
  name: 'live blog: wildfire',
  lines: [
    'Wildfire near Monchique: evacuations widen as winds pick up',
    'Live updates from our reporters in the Algarve. All times are local.',
    '18:40 - Civil protection has ordered the evacuation of two more villages, Alferce and Casais, as the wind turned north-west.',
    '18:25 - The mayor of Monchique, Paulo Alves, said 340 residents had spent the night in the municipal sports hall. “We have beds, food and water for everyone,” he told reporters.',
    '17:55 - The fire service said 1,200 hectares had burned since Monday morning, and that 410 firefighters and 12 aircraft were deployed.',
    '17:20 - The fire service said 1,100 hectares had burned since Monday morning, and that 380 firefighters and 11 aircraft were deployed.',
    '17:05 - A Canadair water bomber sent by Spain has joined the effort, the interior ministry said.',
    '16:50 - Civil protection has ordered the evacuation of the village of Marmelete as a precaution.',
    '16:45 - Civil protection has ordered the evacuation of the village of Fornalha as a precaution.',
    '16:40 - Road N266 between Monchique and Portimão remains closed in both directions, the GNR said.',
    '16:30 - Three firefighters were treated for smoke inhalation and one was taken to hospital in Portimão, the fire service said.',
    '16:10 - The weather service IPMA said gusts of up to 60 km/h were expected until midnight, with temperatures above 38C.',
    '15:45 - The fire service said 900 hectares had burned since Monday morning, and that 350 firefighters and 9 aircraft were deployed.',
    '15:20 - Interior Minister Rita Saldanha said the government would declare a state of calamity if the fire reached the coast.',
    '14:55 - Residents of Alferce told our reporter they had seen flames on the ridge above the village since the early afternoon.',
    '14:30 - The GNR said it had detained a 56-year-old man on suspicion of starting the fire while burning stubble.',
    '13:40 - The fire service said 650 hectares had burned since Monday morning, and that 290 firefighters and 7 aircraft were deployed.',
    '13:15 - Schools in Monchique will stay closed on Wednesday, the municipality said.',
    '12:50 - Smoke from the fire could be seen from Lagos and Portimão, and the air quality index reached “very poor” in Monchique.',
    '12:20 - The fire started on Monday morning in a eucalyptus plantation near Perna da Negra and spread quickly in dry conditions.',
  ],
  corrections: [
    ['Saldanha', 'Saldanha Lopes'],
    ['Perna da Negra', 'Perna Negra'],
    ['56-year-old', '65-year-old'],
    ['Casais', 'Caldas de Monchique'],
  ],
  headlines: [
    'Monchique wildfire: two more villages evacuated as wind shifts',
    'Fire in the Algarve has burned 1,200 hectares, fire service says',
  ],
};

export const WIRE_STORY: CorpusArticle = {
  name: 'wire story: euro-area inflation',
  lines: [
    'Euro-area inflation rose to 3.3% in June as energy prices climbed',
    'FRANKFURT, July 1 (Newswire) - Inflation in the euro area rose to 3.3% in June from 2.9% in May, Eurostat said on Tuesday, its first increase in four months.',
    'Eurostat said energy prices rose 4.1% on the year, after falling 0.8% in May. Eurostat said food, alcohol and tobacco prices rose 2.7%, unchanged from the previous month.',
    'Core inflation, which excludes energy, food, alcohol and tobacco, eased to 2.6% from 2.7%, Eurostat said.',
    'Economists polled by Newswire had expected headline inflation of 3.1% and core inflation of 2.6%.',
    'In Germany, the euro area’s largest economy, inflation rose to 3.0%, the federal statistics office Destatis said. In France it rose to 3.6%, the statistics agency INSEE said.',
    'The finance ministry said the figures reflected “temporary effects” of energy prices. The ministry said the government expected inflation to fall below 3% by the end of the year.',
    'The ministry said the budget would not be revised, and that tax relief for households agreed in March would stay in place.',
    'ECB chief economist Pedro Almeida said last week that the bank would “stay the course” until inflation was back at its 2% target.',
    '“The June number does not change the picture,” said Ana Ribeiro, chief economist at Banco Atlântico in Lisbon. “Services inflation is what the ECB is watching, and it is coming down.”',
    'Services inflation eased to 3.8% from 4.0%, Eurostat said. Non-energy industrial goods prices rose 0.9%.',
    'Unemployment in the euro area held at 6.4% in May, Eurostat said in a separate release.',
    'Markets now price two more rate cuts this year, down from three at the start of June, according to Newswire calculations.',
    'The euro rose 0.2% to $1.0840 after the data. German two-year bond yields rose 3 basis points to 2.81%.',
    'The ECB’s next policy meeting is on July 24. The bank cut its deposit rate to 3.25% in April.',
    '(Reporting by Jonas Weber; editing by Clara Hughes)',
  ],
  corrections: [
    ['Ana Ribeiro', 'Ana Ribeiro Costa'],
    ['Banco Atlântico', 'Banco Atlântico Europa'],
    ['July 24', 'July 23'],
    ['Jonas Weber', 'Jonas Webber'],
  ],
  headlines: [
    'Euro-zone inflation unexpectedly climbs to 3.3% on energy',
    'UPDATE 1-Euro-area inflation rises to 3.3% in June, Eurostat says',
  ],
};

export const MARKET_REPORT: CorpusArticle = {
  name: 'market report: Europe close',
  lines: [
    'European shares close higher as chipmakers rally',
    'LONDON, June 12 - European shares ended higher on Thursday, led by technology stocks after a strong forecast from the Dutch chip equipment maker Veldmark.',
    'The pan-European STOXX 600 rose 0.8% to 521.40 points. Germany’s DAX gained 1.1% and France’s CAC 40 added 0.6%. London’s FTSE 100 was up 0.3%.',
    'Top movers:',
    'Veldmark +6.2% at 712.30 euros',
    'Ardent Wafer +5.8% at 598.00 euros',
    'Rheinhalb +4.1% at 36.85 euros',
    'Sentiel Micro +3.9% at 39.12 euros',
    'Bosveld Semi +3.6% at 131.40 euros',
    'Biggest fallers:',
    'Nordlys Pharma -4.4% at 612.20 crowns',
    'Kestner Bio -3.1% at 26.74 euros',
    'Brauwerk -2.2% at 83.16 euros',
    'Technology stocks rose 3.4%, their best day since February. Veldmark said on Wednesday that it expected orders to rise 25% next year.',
    '“The chip story is back,” said Marta Novak, a strategist at Keller & Söhne in Frankfurt. “Investors had been too cautious on the sector.”',
    'Health care stocks fell 1.2% after Nordlys Pharma said a study of its obesity drug showed weaker results than expected. Nordlys Pharma shares fell 4.4%.',
    'Kestner Bio shares fell 3.1% after a U.S. court ruled against the company in a glyphosate case.',
    'Banks rose 0.9%. Rhein Handelsbank rose 1.8% and Banque Lumière rose 1.5%.',
    'Oil and gas stocks fell 0.4% as Brent crude fell 1.1% to $81.20 a barrel.',
    'The euro was flat at $1.0820. Germany’s 10-year bond yield rose 2 basis points to 2.58%.',
    'Investors await euro-area industrial production data on Friday and a U.S. consumer sentiment survey.',
  ],
  corrections: [
    ['Marta Novak', 'Marta Nowak'],
    ['Keller & Söhne', 'Keller und Söhne'],
    ['25% next year', '20% next year'],
    ['February', 'January'],
  ],
  headlines: [
    'European stocks rise as Veldmark forecast lifts chip sector',
    'STOCKS-Europe ends higher, chipmakers lead',
  ],
};
