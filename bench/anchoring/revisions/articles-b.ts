import type { CorpusArticle } from './articles-a';

// Names in several scripts (Czech and Vietnamese diacritics, Hangul, katakana,
// Cyrillic, Arabic) and emoji: what Unicode normalization and surrogate pairs touch.
export const FORUM_STORY: CorpusArticle = {
  name: 'international: Prague forum',
  lines: [
    'Economists at Prague forum warn of slower growth in Asia and Europe 🌏',
    'PRAGUE - Economists gathered in Prague on Friday warned that growth in Asia and Europe would slow next year as trade barriers rise.',
    '“We are entering a decade of friction,” said Tomáš Sedláček, a Czech economist who chaired the opening panel. Sedláček said Europe had “no plan for a slower China”.',
    'Nguyễn Thị Phương, deputy director of a Hanoi research institute, said Vietnam’s exports grew 14% in the first half but warned that new tariffs could cut that in half. Phương said factories in Bắc Ninh were already seeing fewer orders.',
    'South Korea’s delegation was led by 김서연 (Kim Seo-yeon) of the Korea Development Forum, who said chip exports would carry growth. 김서연 said the won’s weakness had helped exporters 📈.',
    'A Japanese panel included ハルカ・イトウ (Haruka Ito) of the トウキョウ経済研究所, who said wages in Japan rose 3.1% this spring, the most since 1991.',
    'Дмитрий Соколов, an economist based in Almaty, said Central Asian economies were gaining from rerouted trade. Соколов put regional growth at 5.2%.',
    'ليلى حداد (Layla Haddad) of a Beirut think tank said remittances had kept Lebanon’s economy afloat. حداد called for debt relief.',
    'The forum’s closing statement said global growth would slow to 2.6% next year from 2.9% this year 🇨🇿🇻🇳🇰🇷.',
    'Sedláček said the statement was “too polite”. “The numbers are worse than the words,” he told reporters after the session 👍🏽.',
    'Organisers said 1,400 people attended, up from 1,100 last year, and that next year’s forum would be held in Brno.',
    'Phương and 김서연 are due to present a joint paper on supply chains in Seoul in November.',
  ],
  corrections: [
    ['Bắc Ninh', 'Bắc Giang'],
    ['3.1% this spring', '3.6% this spring'],
    ['Almaty', 'Astana'],
    ['1,400 people', '1,450 people'],
  ],
  headlines: [
    'Prague forum: economists see friction decade for trade 🌏',
    'Slower growth ahead for Asia and Europe, forum told',
  ],
};

export const COURT_STORY: CorpusArticle = {
  name: 'court report: council contract',
  lines: [
    'Judge orders council to publish waste contract',
    'A High Court judge on Wednesday ordered Eastbridge council to publish its £48m waste contract with Greyline Services, in a ruling that campaigners called “a victory for transparency”.',
    'Mrs Justice Nagle said the council had “no lawful basis” for keeping the contract secret. Nagle said the public interest in knowing how the money was spent “clearly outweighs” the company’s commercial concerns.',
    'The case was brought by Eastbridge Open Books, a residents’ group led by retired accountant Martin Nagel. Mr Nagel said the group had asked for the contract 14 times since 2021.',
    '“We only wanted to see what we are paying for,” Mr Nagel said outside the court. “The council fought us every step of the way.”',
    'The council said it would study the judgment and “consider its options”, including an appeal. A council spokesperson said: “We have always acted in good faith.”',
    'Greyline Services said it was “disappointed” by the ruling. The company said the contract contained “sensitive pricing information”.',
    'The judge said the council had spent £212,000 on legal fees defending the case. The council said the figure was “broadly accurate”.',
    'Councillor Priya Raman, the council’s deputy leader, said she would ask for the legal costs to be reviewed. Raman said: “Residents deserve answers.”',
    'The contract, signed in 2019, runs until 2031. Bin collections in Eastbridge were cut from weekly to fortnightly in 2022.',
    'The judge gave the council 28 days to publish the contract, with commercially sensitive figures redacted.',
  ],
  corrections: [
    ['Nagle', 'Nagel'],
    ['£212,000', '£221,000'],
    ['14 times', '11 times'],
    ['Priya Raman', 'Priya Ramanathan'],
  ],
  headlines: [
    'Eastbridge must publish £48m bin contract, judge rules',
    'Court orders release of secret waste deal',
  ],
};

export const ELECTION_NIGHT: CorpusArticle = {
  name: 'results: regional election night',
  lines: [
    'Regional election: Greens ahead in early count, turnout up',
    'Results as they come in from the regional election. Figures from the electoral commission.',
    'With 62% of votes counted, the Greens lead with 27.4% ahead of the Christian Democrats with 24.9%, the commission said.',
    'The Social Democrats are third with 18.2%, followed by the Liberals with 9.7% and the Left with 6.1%.',
    'Turnout stood at 68.3%, up from 61.0% at the last election in 2020, the commission said.',
    'In the capital, the Greens won 34.1% and the Christian Democrats 19.8%. In rural districts, the Christian Democrats lead with 31.5%.',
    'Green leader Sofia Brandt told supporters: “This is a night for the whole region.” Brandt said she would talk to all parties except the far right.',
    'Christian Democrat leader Karl Imhof conceded that his party would not come first. Imhof said the result was “a disappointment, but not a defeat”.',
    'The far-right National Bloc won 5.8%, above the 5% threshold, and will enter the regional parliament for the first time.',
    'Seats projection: Greens 31, Christian Democrats 28, Social Democrats 21, Liberals 11, Left 7, National Bloc 6.',
    'A coalition of Greens and Social Democrats would have 52 of 104 seats, one short of a majority.',
    'Final results are expected after midnight. The commission said postal votes would be counted last.',
  ],
  corrections: [
    ['Sofia Brandt', 'Sophia Brandt'],
    ['Karl Imhof', 'Karl Imhoff'],
    ['68.3%', '68.1%'],
    ['2020', '2019'],
  ],
  headlines: [
    'Greens lead regional election as Christian Democrats slip',
    'Election night: Greens on course for first place',
  ],
};

export const HEALTH_STORY: CorpusArticle = {
  name: 'health: measles outbreak',
  lines: [
    'Measles cases rise to 214 in northern district, health agency says',
    'The number of measles cases in the northern district has risen to 214, the regional health agency said on Monday, up from 163 a week earlier.',
    'Most cases are in children under ten who had not been vaccinated, the agency said. Eleven children have been treated in hospital.',
    'Vaccination rates for the second dose fell to 86% in the district last year, below the 95% needed to stop the virus spreading, according to the agency.',
    'Dr Hanne Sørensen, the agency’s head of infectious diseases, said the outbreak was “entirely preventable”. Sørensen urged parents to check their children’s records.',
    'The agency said extra vaccination clinics would open in five towns from Wednesday, including evenings and Saturdays.',
    'Schools have been asked to send home pupils who have not had both doses if a case is confirmed in their class.',
    'Measles is one of the most contagious diseases known: one infected person can infect up to nine in ten unvaccinated people close to them.',
    'The outbreak began in March at a primary school in Vellby. The agency said it had traced 70% of cases to that school.',
    'Nationally, 1,032 cases were reported last year, the highest number since 2011.',
  ],
  corrections: [
    ['Hanne Sørensen', 'Hanne Sørenssen'],
    ['Vellby', 'Vellebyen'],
    ['five towns', 'six towns'],
    ['2011', '2013'],
  ],
  headlines: [
    'Measles outbreak grows to 214 cases as vaccination rates fall',
    'Health agency opens extra clinics as measles spreads',
  ],
};
