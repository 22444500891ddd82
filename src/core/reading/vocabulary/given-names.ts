/** Given names and the pieces of names. */
import { words } from './words';

/** Common given names, so that "Gordon Brown" and "Theresa May" are people although "brown" and "may" are words. */
export const GIVEN_NAMES = words(`
  aaron adam adrian ahmed aidan alan albert alex alexander alexandra alfred ali alice alison alistair amanda amy andrea
  andrew andy angela angus ann anna anne annie anthony antonio arnold arthur ashley barbara barry ben benjamin bernard
  beth betty bill billy bob bobby brad brendan brian bruce carl carlos carol caroline catherine charles charlie charlotte
  chris christian christine christopher claire clare colin craig dan daniel danny dave david dean debbie dennis derek
  diana diane dominic don donald doug douglas duncan ed eddie edward elizabeth ellen emily emma eric frank fred gareth
  gary gavin geoff geoffrey george gerald gerry gillian gordon graham greg gregory harry heather helen henry howard hugh
  iain ian jack jackie jacob james jamie jan jane janet jason jean jeff jeffrey jennifer jenny jeremy jerry jessica jill
  jim jimmy jo joan joe john johnny jon jonathan joseph josh judith judy julia julian julie justin karen kate katherine
  keith kelly ken kenneth kevin kim kirsty larry laura lee leo lewis linda lisa liz louise lucy luke margaret maria mark
  martin mary matt matthew michael michelle mike neil nicholas nick nicola nigel oliver owen pamela patricia patrick paul
  paula peter phil philip rachel ray rebecca richard rick rob robert robin roger ron ronald rose ross roy ruth ryan sally
  sam samantha sandra sarah scott sean sharon simon sophie stephen steve steven stuart sue susan tessa theresa thomas tim
  timothy tom tommy tony tracy trevor victoria vincent walter wayne william willie dick liam jack jill cat claire
  clara sonia hilary jeremy alistair alastair gillian maeve barbara kofi condoleezza dustin cory harold jim ted
  werner gordon roger lleyton serena venus andy tiger rafael novak maria kevin wayne thierry jose arsene alex
  sven steven jonathan dennis ed edward anthony hari ali lily charlie patrick orlando kate keira nicole will
  nicholas andrew rick manjit tom joe velimir trevor conor fearne emily colin jools alison keanu kevin
  abdul ahmad akira alain alberto alejandro alessandro alexei ali amir ana andre andrei angelo anton boris carlo cesar
  chen dmitry dmitri eduardo emmanuel enrique fernando francesco francisco francois gabriel gerhard giovanni giuseppe
  hans hassan hector helmut hiroshi hugo igor ivan jacques javier jean-claude jean-pierre jens joao jorge jose juan
  jurgen klaus kofi laurent luis luiz manuel marco marcos mario mikhail mohamed mohammed muhammad nelson nicolas olaf
  omar pablo pedro pierre rafael raul ricardo roberto rodrigo romano sergei sergey silvio stefan sven thierry vladimir
  wolfgang xavier yasser yuri yves zhang nitin narendra rahul sonia sachin anthony joko kishida lee xi hu wen
  prashanth huong carlos shinzo junichiro ehud ariel yitzhak benjamin mahmoud hamid hosni hamid recep gerhard jacques
  nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly to
`);

/** East Asian family names written first: "Xi Jinping" is never called "Jinping", and "Xi" alone is he. */
export const FAMILY_FIRST: ReadonlySet<string> = new Set(['xi', 'hu', 'wen', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'jiang', 'kim', 'park', 'choi', 'moon', 'yoon', 'lee', 'kishida', 'abe', 'koizumi', 'mao', 'deng', 'sun', 'ma', 'lin', 'guo', 'tsai', 'han']);

/** Lower-case particles that may sit inside a name: "Charles de Gaulle", "Osama bin Laden". */
export const NAME_PARTICLES = words(`de da di du del della der den van von la le bin ibn al el dos das ter ten y st`);
