import * as assert from 'assert';
import { parseArticle } from '../../src/core/reading/article';
import { Corpus } from '../../src/core/corpus/corpus';
import { lines } from './helpers';

/** The quotes of one inline article, as the index reports them. */
function quotes(text: string) {
  const c = new Corpus();
  const a = c.upsert('a.txt', text);
  return a.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: c.speakerOf(q, a), cue: q.cue, role: q.role, partial: q.partial, via: q.via }));
}

function one(text: string) {
  const q = quotes(text);
  assert.strictEqual(q.length, 1, JSON.stringify(q));
  return q[0];
}

describe('attribution', () => {
  it('reads "…," said X, role', () => {
    const q = one('“Putin will hope for it,” said Prashanth Parameswaran, a senior fellow at the Washington, DC-based Wilson Center.');
    assert.strictEqual(q.speaker, 'Prashanth Parameswaran');
    assert.strictEqual(q.cue, 'said');
    assert.strictEqual(q.role, 'a senior fellow at the Washington, DC-based Wilson Center');
    assert.strictEqual(q.kind, 'speech');
    assert.strictEqual(q.partial, false);
  });

  it('reads "…," X said, and resolves a short name to the full name given earlier', () => {
    const q = quotes(lines(
      '“They were on the same side,” said Huong Le Thu, deputy Asia program director at the International Crisis Group.',
      '',
      'Le Kim Phuong, 60, and Le Thu Hong, 62, prepare flags.',
      '',
      '“Vietnam guides its foreign policy,” Le Thu said.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Huong Le Thu', 'Huong Le Thu']);
  });

  it('reads X stated that "…" with the role from the apposition', () => {
    const q = one('Carl Thayer, a senior expert on Vietnam security at the Australian Defence Force Academy in Canberra stated that “The main issues relate to arms sales.”');
    assert.strictEqual(q.speaker, 'Carl Thayer');
    assert.strictEqual(q.cue, 'stated');
    assert.strictEqual(q.role, 'a senior expert on Vietnam security at the Australian Defence Force Academy in Canberra');
  });

  it('reads a colon introduction and the outlet credited with "told Reuters"', () => {
    const q = one('A spokesperson for the U.S. embassy in Hanoi told Reuters: “No country should give Putin a platform.”');
    assert.strictEqual(q.speaker, 'a spokesperson for the U.S. embassy in Hanoi');
    assert.strictEqual(q.cue, 'told');
    assert.strictEqual(q.via, 'Reuters');
  });

  it('gives a quote standing alone to the speaker named in the sentence before', () => {
    const q = quotes(lines(
      'The United States has opposed the visit. A spokesperson for the US embassy in Hanoi said this week.',
      '',
      '“No country should give Putin a platform.”',
    ));
    assert.deepStrictEqual(q.map((x) => [x.speaker, x.cue]), [['a spokesperson for the US embassy in Hanoi', 'said']]);
  });

  it('resolves "they added" and "the spokesperson added" to the unnamed speaker before', () => {
    const q = quotes(lines(
      '“No country should give Putin a platform,” a spokesman for the US embassy in Hanoi told the Reuters news agency. “If he can travel freely, that could normalize violations,” they added.',
      '',
      'Vietnam is not a member of the court.',
      '',
      '“It could normalize Russia’s violations of international law,” the spokesman added.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), Array(3).fill('a spokesman for the US embassy in Hanoi'));
    assert.strictEqual(q[0].via, 'Reuters');
  });

  it('resolves he and she to the person the text was about', () => {
    const q = quotes(lines(
      'Speaking in court, Mr Bernard Ebbers rejected claims about his finance chief Scott Sullivan. Mr Sullivan "made accounting decisions," he told the court.',
    ));
    assert.strictEqual(q[0].speaker, 'Bernard Ebbers');
  });

  it('keeps a partial quote with the subject of its sentence (an opinion piece\'s author)', () => {
    const q = one('Putin praised Vietnam for its support of “a practical way to fix the crisis” in Ukraine in an opinion article.');
    assert.strictEqual(q.speaker, 'Putin');
    assert.strictEqual(q.partial, true);
    assert.strictEqual(q.kind, 'speech');
  });

  it('tells terms and scare quotes from speech', () => {
    const q = quotes(lines(
      'Vietnam pursues a neutral foreign policy it calls “bamboo diplomacy.”',
      '',
      'In the call, Trong also congratulated Putin on his “reelection” as president.',
      '',
      'The portrait is of a young man who was dubbed "the noble savage" when he arrived.',
      '',
      'He starred in "Million Dollar Baby" last year.',
    ));
    assert.deepStrictEqual(q.map((x) => [x.kind, x.speaker]), [['term', null], ['term', null], ['term', null], ['term', null]]);
  });

  it('keeps a short quote that is someone\'s words as speech', () => {
    const q = one('But David Frost, director general of the British Chambers of Commerce, warned that many small firms could be "crippled" by the move.');
    assert.strictEqual(q.kind, 'speech');
    assert.strictEqual(q.speaker, 'David Frost');
    assert.strictEqual(q.partial, true);
  });

  it('reads "…, saying:" as the words of the clause\'s subject', () => {
    const q = one('New Metropolitan Police Commissioner Sir Ian Blair has backed the orders, saying: "It is a dilemma, but there is only one choice."');
    assert.strictEqual(q.speaker, 'Ian Blair');
  });

  it('reads a closing ", he said." for a quote inside the sentence', () => {
    const q = quotes(lines(
      'Charles Kennedy spoke on Monday about the campaign.',
      'The baby would be "priority number one" even if it arrived in the campaign, he said.',
    ));
    assert.deepStrictEqual(q.map((x) => [x.kind, x.speaker]), [['speech', 'Charles Kennedy']]);
  });

  it('joins a continued quote into one and keeps its speaker', () => {
    const q = quotes('Ms Patricia Hewitt said: "We have already doubled it. "We are going to extend the pay to nine months." She said more.');
    assert.strictEqual(q.length, 1);
    assert.strictEqual(q[0].text, 'We have already doubled it. We are going to extend the pay to nine months.');
    assert.strictEqual(q[0].speaker, 'Patricia Hewitt');
  });

  it('reports the position of the first character of the quote text', () => {
    const a = parseArticle('a.txt', 'Title line here\r\n\r\nHe said: "Hello there, friend."');
    assert.deepStrictEqual([a.quotes[0].line, a.quotes[0].character], [2, 10]);
  });

  it('reads short quoted words as speech when the sentence attributes them', () => {
    const q = quotes(lines(
      'Rhian Beynon of the JCWI said the new rules were "not proportionate" and "discriminatory".',
      'Account holders would be told if any "unusual activity" was detected, bank officials said.',
      'It represents a "big leap forward" for broadband, said Chris Stening, UK Online general manager.',
      'Nathan Barley will be "a character-driven comedy", according to Charlie Brooker, who created TV Go Home in 1999.',
    ));
    assert.deepStrictEqual(q.map((x) => [x.kind, x.speaker]), [
      ['speech', 'Rhian Beynon'], ['speech', 'Rhian Beynon'], ['speech', 'bank officials'], ['speech', 'Chris Stening'], ['speech', 'Charlie Brooker'],
    ]);
    assert.strictEqual(q[3].role, 'UK Online general manager');
  });

  it('finds the subject past an opening phrase or adverb, and a body named before', () => {
    const q = quotes(lines(
      'The rules were questioned by the parliamentary Joint Committee on Human Rights.',
      'In a report published last July the cross-party committee stated there was a "significant risk" of harm.',
      'Tony Blair spoke to reporters. Later the prime minister said: "A lot of us in politics get angry with journalists."',
      'Lib Dem spokesman Vince Cable spoke. Britain could not afford the "reckless tax cutting spree" planned by the Tories, he said.',
      '"We respect our partners," ABC said in a statement.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['the Joint Committee on Human Rights', 'Tony Blair', 'Vince Cable', 'ABC']);
  });

  it('lets "he" stand for an unnamed spokesman who just spoke', () => {
    const q = quotes(lines(
      'The Ofcom spokesman said it was considering "a mask of technical restrictions" on the devices. "We would want these devices to have strict controls," he said.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['the Ofcom spokesman', 'the Ofcom spokesman']);
  });

  it('reads two or three lower-case quoted words as the words of whom the sentence is about, unless the article uses them unquoted', () => {
    const q = quotes(lines(
      'Chancellor Gordon Brown addressed the launch on Monday.',
      'Mr Brown repeated the familiar mantras and spoke of Labour\'s "shared purpose" and "united dedication".',
      'Hanoi has hosted five of its seven "comprehensive strategic" partners. The comprehensive strategic partnership with Russia dates from 2012.',
    ));
    assert.deepStrictEqual(q.map((x) => [x.kind, x.speaker]), [['speech', 'Gordon Brown'], ['speech', 'Gordon Brown'], ['term', null]]);
  });

  it('reads whose view a sentence gives, a question put to the speaker, and a company that is no first name', () => {
    const q = quotes(lines(
      'Jupiter analyst Olivier Beauvillain said: "Yahoo made a big mistake in outsourcing search."',
      'But for Allen Weiner, a research director at Gartner, the future of search is about content. "Search technology is valuable but the interface matters," he said.',
      'Yahoo is winning, he believes. "Yahoo is the seminal brand on the web," he said.',
      'Later it will make Yahoo Messenger available on mobiles.',
      'Profile subject Dick Morris joined UKIP this year. So is UKIP\'s job to destroy the Tories, as former member Robert Kilroy-Silk once declared? "No. The aim of UKIP is to withdraw from the EU."',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Olivier Beauvillain', 'Allen Weiner', 'Allen Weiner', 'Dick Morris']);
  });

  it('gives unattributed words inside a sentence to whom the sentence is about, and reads "X did this, he claimed, saying"', () => {
    const q = quotes(lines(
      'Tory leader Michael Howard spoke in his new year message. "We watched the scenes of destruction with disbelief."',
      'He went on to reflect on the values that "most Britons hold dear".',
      'Mr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution" to them.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Michael Howard', 'Michael Howard', 'Michael Howard']);
  });

  it('names a body by its name: no descriptor before it, an acronym spelt out as the article gives it', () => {
    const q = quotes(lines(
      'The American Film Institute (AFI) hailed the film. The AFI also questioned "the long-term viability of evening news broadcasts" today.',
      'The institute concluded that regulation "had a profound effect on television".',
      'US behemoth General Electric has posted a jump in sales, and declared itself "in great shape and ready".',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['the American Film Institute', 'the American Film Institute', 'General Electric']);
  });

  it('reads a surname that is also a word, a body named with its place, and a name after "her attorney"', () => {
    const q = quotes(lines(
      'World Anti-Doping Agency chief Dick Pound said the rule may not apply. "We will find a way to deal with that," Pound said.',
      'A Downing Street spokesperson said: "You have to look at their whole career."',
      'Marion Jones was accused by Victor Conte on Friday. In a statement released through her attorney Rich Nichols, Jones repeated her innocence. "The allegations are not true," she said.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Dick Pound', 'a Downing Street spokesperson', 'Marion Jones']);
  });

  it('does not take a clause for a subject: "which he said", "X upheld the claim, but said"', () => {
    const q = quotes(lines(
      'Tom Hanks arrived in Dublin. The 48-year-old actor crossed a three-metre high bridge built in the square, which he said was "almost impossible to get across".',
      'The tribunal upheld Ms Villalba\'s claim of victimisation on certain issues, but said it found no evidence of "laddish culture" at the bank.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Tom Hanks', 'the tribunal']);
  });

  it('takes "Rolling Stone magazine" for an outlet and "the director behind Jaws" for a role, not a name', () => {
    const q = quotes(lines(
      'Director Maria Keane opened her festival on Friday. "It has been a long road to this night," said the director behind Harbour Lights and Jaws.',
      'One critic in Rolling Stone magazine called the film "a glorious mess". Keane shrugged. She added the film "was never meant to please everyone".',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Maria Keane', 'one critic in Rolling Stone magazine', 'Maria Keane']);
  });

  it('reads "The Oscar-nominated actor, whose films include …, said:" as the actor, not the last film', () => {
    const q = quotes(lines(
      'Actor Liam Doyle wants the old theatre saved. The Oscar-nominated actor, whose films include Harbour Lights and Star Voyage: The Return, said: "It gave me my start."',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Liam Doyle']);
  });

  it('takes a league for no person: "he" after "La Liga" is the player', () => {
    const q = quotes(lines(
      'Forward Tom Baxter is happy in Spain. But the 25-year-old, who has spent weeks on the bench in La Liga, did not rule out a move. "I am pleased with my start," he told BBC Radio.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Tom Baxter']);
  });

  it('reads a nickname inside a name as a term, and the name around it as one person', () => {
    const a = parseArticle('snooker.txt', lines('Snooker', '', 'Another player who never won the title - Danny "the Rocket" Shaw - missed lessons too. "We loved the game," Mr Shaw said.'));
    assert.deepStrictEqual(a.quotes.map((x) => [x.kind, x.speaker]), [['term', null], ['speech', 'Danny Shaw']]);
    assert.ok(a.people.some((p) => p.name === 'Danny Shaw' && p.forms.has('Shaw')));
  });

  it('reads "X addressed the crowd and concluded by saying", a party co-chairman, and a club that is no person', () => {
    const q = quotes(lines(
      'Shortly after collecting a crystal trophy, a Mercedes convertible and a cheque, Ana Ruiz addressed the crowd and concluded by saying "thanks for having me".',
      'Tory Liam Hart said his party offered a choice. The Conservative Party Co-Chairman said the government had "done nothing for years" on housing.',
      'Manager Graeme Stone spoke on local radio. The former Rangers and Celtic boss is looking for new players. "I want three or four in the summer," he said.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Ana Ruiz', 'Liam Hart', 'Graeme Stone']);
  });

  it('takes a speech word after a possessive for a noun: "Mr Blair\'s promise to produce" is no attribution', () => {
    const q = quotes(lines('Voters would not be moved by Mr Blair\'s promise to produce an "unremittingly bold" manifesto.'));
    assert.ok(!q.some((x) => /Blair's/.test(x.speaker ?? '')), JSON.stringify(q.map((x) => x.speaker)));
  });

  it('reads "Although in the next breath he declared:" as his, but "X said he felt" as X\'s', () => {
    const q = quotes(lines(
      'Tom Reyes took questions. Although in the next breath he declared: "I never read the papers."',
      'Singer Ann Bell said he felt "great" about it. "We are thrilled," she said.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Tom Reyes', 'Ann Bell', 'Ann Bell']);
  });

  it('reads "said one analyst quoted by the news agency" as the analyst', () => {
    const q = quotes(lines('Analysts were divided. "I think the stake is the sensible route," said one analyst quoted by the Agence France Presse news agency.'));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['one analyst']);
  });

  it('keeps where someone is from out of the name, and takes San Francisco for a place', () => {
    const a = parseArticle('suit.txt', lines('Suit', '', 'Californian Thomas Slade filed the suit in San Francisco. "The player was locked," he said.'));
    assert.deepStrictEqual(a.quotes.map((x) => x.speaker), ['Thomas Slade']);
    assert.deepStrictEqual(a.people.map((p) => p.name), ['Thomas Slade']);
  });

  it('reads "X defended the decision, with a spokesperson saying:" as X\'s spokesperson, pointing at the words written', () => {
    const a = parseArticle('honours.txt', lines('Honours', '', 'Downing Street defended the decision, with a spokesperson saying: "You have to look at the whole career."'));
    const q = a.quotes[0];
    assert.strictEqual(q.speaker, 'a Downing Street spokesperson');
    assert.strictEqual(a.text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'a spokesperson');
  });

  it('gives a relative named by first name the family name: "Nogar\'s son Stephen"', () => {
    const q = quotes(lines('The tapes belonged to engineer Thorne Nogar. "We could use the money," Nogar\'s son Stephen, 57, said.'));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Stephen Nogar']);
  });

  it('gives "he said" to the spokesman of the sentence before even when that sentence names nobody', () => {
    const q = quotes(lines('Campaigner Guido Berg wants a new service. Ofcom says it will review the rules. But a spokesman said its powers were limited. "Any change would be for government," he said.'));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['a spokesman']);
  });

  it('reads past "Overall,", drops "last week" from a name, and takes "X of BNP Paribas" as X', () => {
    const q = quotes(lines(
      'Lenders were cautious. Overall, the Halden Building Society said that "the market remains strong".',
      'Tory leader Michael Howard spoke on Monday. Mr Howard last week said there had been a "good discussion".',
      'Aviation analyst Nick Van den Brul of BNP Paribas described the results as "pretty modest".',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Halden Building Society', 'Michael Howard', 'Nick Van den Brul']);
  });

  it('takes "Mr King" for a name though "king" is a title, and "a former Formula 3 champion" for no one', () => {
    const q = quotes(lines(
      'Paul King of the security firm spoke first. "Criminals do not do clever," said Mr King.',
      'Her father, Murray, is a former Australian Formula 3 champion. Joy Rainey races too. "You have to have everything right," she said.',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Paul King', 'Joy Rainey']);
  });

  it('reads "He is prepared to go this far:", "said X of the findings" and "X, Y Association said:"', () => {
    const q = quotes(lines(
      'Charles Kane leads the party. He is prepared to go this far: "We will not win, but we will come close."',
      '"The UK has a rich culture," said Arts minister Estelle Morton of the findings.',
      'Colin Aspen, Blackpool Hotel Association said: "We have tried very hard."',
    ));
    assert.deepStrictEqual(q.map((x) => x.speaker), ['Charles Kane', 'Estelle Morton', 'Colin Aspen']);
  });

  it('resolves "the world 200m and 400m record holder" and "the station" to who was named before', () => {
    const sprint = quotes(lines('Former Olympic champion Michael Jonson has criticised British sprinters. "They only want to be number one at home," the world 200m and 400m record holder told Five Live.'));
    const radio = quotes(lines('Radio 1 said it would rise to the "challenge" of keeping his legacy alive. The DJs were chosen for their "in-depth musical knowledge", the station said.'));
    assert.deepStrictEqual([...sprint, ...radio].map((x) => x.speaker), ['Michael Jonson', 'Radio 1', 'Radio 1']);
  });

  it('keeps a capitalised occupation out of the name: "Drummer Larry Quinn", not "Star Wars"', () => {
    const a = parseArticle('band.txt', lines('Band news', '', 'Drummer Larry Quinn agreed: "We want to be on the radio." Star Wars fans were "delighted", he said.'));
    assert.deepStrictEqual(a.quotes.map((x) => x.speaker), ['Larry Quinn', 'Larry Quinn']);
    assert.deepStrictEqual(a.people.map((p) => p.name), ['Larry Quinn']);
  });
});
