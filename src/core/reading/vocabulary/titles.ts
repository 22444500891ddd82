/** Titles and forms of address: what stands before a name, and the letters after it. */
import { words } from './words';

/** Words that come before a name as a title or office: "President Putin", "Trade Secretary Patricia Hewitt". */
export const TITLE_WORDS = words(`
  mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron earl viscount rev reverend father sister brother
  imam rabbi bishop archbishop cardinal pope king queen prince princess duke duchess emperor empress sheikh sultan emir
  president vice premier prime minister ministers chancellor secretary secretary-general general gen lt lieutenant colonel col
  major maj captain capt commander admiral sergeant sgt corporal officer inspector detective chief superintendent constable
  commissioner senator sen representative rep congressman congresswoman governor gov mayor councillor judge justice
  magistrate attorney ambassador envoy deputy chairman chairwoman chair director executive coach manager boss leader speaker
  shadow foreign home trade industry defence defense health education culture finance treasury interior justice
  state party communist labour tory conservative democrat democratic republican liberal head mp mep msp senior junior
  assistant associate founder co-founder ceo cfo coo chairperson spokesman spokeswoman spokesperson analyst economist
  co-chairman co-chairwoman co-chair vice-chairman vice-chair vice-president vice-chancellor deputy-chairman
  striker midfielder defender goalkeeper keeper winger skipper champion star actor actress singer rapper producer
  comedian presenter author novelist playwright composer designer artist architect lawyer barrister solicitor
  doctor nurse surgeon scientist researcher professor lecturer fellow expert adviser advisor aide official officials
  chancellor-elect president-elect pm first lady gov. sen. rep. dr. mr. mrs. ms. prof. st. saint grand master
  general-secretary secretary-general chief-executive managing technology environment transport employment work
  pensions international development culture media sport affairs economic economy business enterprise energy
  agriculture fisheries tourism information communications science research european commissioner mayor-elect
  opposition national regional local junior former ex late acting interim incoming outgoing veteran legendary
  team-mate teammate coach manager boss dj tories tory labour's lib dems dem exchequer commons
`);

/** Forms of address, not offices: "Mr", "Sir", "Lord" make a person of any word after them. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rt', 'rev', 'revd', 'hon', 'reverend']);

/** After these the next word is a name whatever it is: "Mr King", "Mrs Bishop". */
export const NAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'mr.', 'mrs.', 'ms.']);

/** Titles written abbreviated with a full stop: "Mr.", "Sen.", "Gov." (the stop is no sentence end). */
export const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev']);

/** A title a writer puts before a name ("President Putin", "Mr Blair"), not an occupation opening a sentence ("Singer Bruce Springsteen"). */
export const ADDRESS_TITLES = ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'earl', 'rev', 'reverend', 'father', 'imam', 'rabbi', 'bishop', 'archbishop', 'cardinal', 'pope', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'emperor', 'sheikh', 'sultan', 'emir', 'president', 'premier', 'minister', 'chancellor', 'secretary', 'general', 'senator', 'sen', 'governor', 'gov', 'mayor', 'judge', 'justice', 'ambassador', 'commissioner', 'captain', 'capt', 'colonel', 'col', 'lieutenant', 'lt', 'sergeant', 'sgt', 'inspector', 'detective', 'superintendent', 'constable', 'councillor', 'congressman', 'congresswoman', 'representative', 'rep', 'leader', 'chairman', 'chairwoman', 'director'];

/** Offices named with "the … of": "the Bishop of Durham", "the Chancellor of the Exchequer". */
export const OFFICES = ['Bishop', 'Archbishop', 'Chancellor', 'Secretary', 'President', 'Minister', 'Governor', 'Mayor', 'Chairman', 'Chairwoman', 'Director', 'Head', 'Leader', 'Chief Executive', 'Chief', 'Editor', 'Dean', 'Duke', 'Duchess', 'Earl', 'Commissioner', 'Ambassador', 'Speaker'];

/** Offices that, written "the X of …", are one office rather than a description ("the Secretary of State"). */
export const OFFICES_OF = ['Chancellor', 'Secretary', 'President', 'Minister', 'Governor', 'Mayor', 'Archbishop', 'Bishop', 'Chairman', 'Director', 'Head', 'Leader', 'Chief'];

/** Title words that only qualify a role ("former", "acting", "shadow"): "a former Formula 3 champion" names no Formula. */
export const ROLE_MODIFIERS = new Set(['former', 'ex', 'late', 'acting', 'outgoing', 'incoming', 'senior', 'junior', 'deputy', 'assistant', 'associate', 'vice', 'shadow', 'foreign', 'home', 'state', 'party', 'trade', 'industry', 'finance', 'health', 'education', 'culture', 'defence', 'defense', 'treasury', 'interior', 'justice', 'prime']);

/** Letters after a name that are no part of it: "Nicholas Blake QC", "Jane Roe MP". */
export const POSTNOMINALS = new Set(['qc', 'kc', 'mp', 'mep', 'msp', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'phd']);

/** A generation after a name is part of it: John Smith Jr. is not his father John Smith. */
export const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
