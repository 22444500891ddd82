/**
 * Word lists the reader relies on. All lower case; compare with `foldKey`.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

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

/** Words that make a capitalised run an organisation, a place or an event rather than a person. */
export const ORG_WORDS = words(`
  party court summit square palace institute institution academy center centre university council ministry union group
  agency news times post journal bank fund company corp corporation inc ltd plc llc co association organisation
  organization committee commission assembly parliament house office department service services force forces army navy
  club united city fc airport street road avenue sea ocean river island islands mountains mountain province state states
  republic kingdom empire museum gallery theatre theater hall award awards prize cup league championship championships
  festival show channel network radio tv television records studios studio pictures films magazine review online website
  conference forum project programme program act bill treaty war wars day week games olympics olympic mausoleum
  cathedral church mosque temple stadium arena park bridge tower hotel hospital school college market exchange index
  airlines airways motors systems technologies technology software labs media press foundation trust society alliance
  coalition front movement mission embassy consulate kremlin government administration authority board bureau
  federation confederation congress senate cabinet police guard guards brigade regiment division fleet council
  centre valley county district region north south east west northern southern eastern western central square lake
  beach coast bay gulf strait canal desert forest hills peninsula basin airport station port harbour harbor
  reuters ap afp bbc cnn itv nbc abc cbs gazette herald telegraph guardian tribune chronicle daily weekly monthly
  review bulletin digest wire press channel
  photo image credit file pool getty via comments comment corrections policy features feature beat home
  group holdings partners capital investments securities insurance energy oil gas petroleum electric pharmaceuticals
  motors automotive foods brewery breweries stores retail telecom telecoms mobile communications networks
  album single song film movie series tour band orchestra choir quartet trio ensemble records label
  fc afc rfc city rovers rangers wanderers athletic albion villa county hotspur liga bundesliga serie ligue eredivisie premiership
  disease syndrome virus flu award prize trophy medal open masters grand prix marathon
  street-based agency-based democrats republicans conservatives liberals socialists greens nationalists unionists tories
`);

/** Countries, nationalities, continents and regions: a run made of them is a place, not a person. */
export const PLACE_WORDS = words(`
  afghanistan afghan albania algeria america american americans angola argentina argentine armenia asia asian australia
  australian austria austrian azerbaijan bahrain bangladesh belarus belgium belgian bolivia bosnia brazil brazilian
  britain british bulgaria burma cambodia cambodian canada canadian chile chilean china chinese colombia congo croatia
  cuba cuban cyprus czech denmark danish egypt egyptian england english estonia ethiopia europe european eu finland finnish
  france french georgia germany german ghana greece greek hungary hungarian iceland india indian indonesia indonesian
  iran iranian iraq iraqi ireland irish israel israeli italy italian japan japanese jordan kazakhstan kenya korea korean
  kosovo kuwait laos latvia lebanon libya lithuania luxembourg malaysia malaysian mexico mexican moldova mongolia
  morocco myanmar nepal netherlands dutch zealand nigeria norway norwegian pakistan pakistani palestine palestinian
  peru philippines filipino poland polish portugal portuguese qatar romania russia russian russians saudi arabia
  scotland scottish serbia singapore singaporean slovakia slovenia somalia spain spanish sri lanka sudan sweden swedish
  switzerland swiss syria syrian taiwan taiwanese thailand thai tunisia turkey turkish uganda ukraine ukrainian uk
  us usa u.s. u.k. uae emirates uruguay uzbekistan venezuela vietnam vietnamese viet nam wales welsh yemen zimbabwe
  africa african antarctica arctic atlantic pacific caribbean mediterranean balkans middle southeast northeast
  southwest northwest asean nato un eu g7 g8 g20 brics apec hanoi moscow beijing washington london paris berlin tokyo
  seoul pyongyang kiev kyiv canberra delhi mumbai danang saigon shanghai brussels geneva rome madrid
  soviet western eastern allied arab muslim christian jewish catholic islamic sunni shia kurdish persian
  oxford cambridge manchester liverpool birmingham glasgow edinburgh cardiff belfast dublin leeds chelsea arsenal
  hollywood broadway silicon wall downing whitehall westminster hong-kong york jersey orleans angeles vegas francisco yorker yorkers londoner londoners parisian muscovite
`);

export const MONTHS = words(`january february march april may june july august september october november december`);
export const DAYS = words(`monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight`);

/** Words that open a sentence but never a name. */
export const STOPWORDS = words(`
  a an the this that these those there here it its it's he she they we i you his her their our your my me him them us
  i've i'm i'd i'll we've we're we'd we'll you're you've they're they've he's she's that's there's
  and but or nor so yet for if when while because although though as since after before until unless whether
  in on at by with from to of about into over under between through during without within against among across
  not no yes also however meanwhile moreover furthermore indeed instead still even just only then thus hence
  what who whom whose which where why how all any both each every few many most much several some such other another
  one two three four five six seven eight nine ten first second third last next new old more less
  is are was were be been being has have had do does did will would shall should can could may might must
  mr mrs ms dr
`);

/** Lower-case particles that may sit inside a name: "Charles de Gaulle", "Osama bin Laden". */
export const NAME_PARTICLES = words(`de da di du del della der den van von la le bin ibn al el dos das ter ten y st`);

/**
 * Attribution verbs, every inflection listed so matching stays a set lookup.
 * Maps each form to the form the cue is reported in (as written).
 */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding states stated write writes wrote written writing
  explain explains explained note notes noted argue argues argued warn warns warned insist insists insisted
  claim claims claimed declare declares declared announce announces announced ask asks asked reply replies replied
  respond responds responded continue continues continued comment comments commented remark remarks remarked
  observe observes observed suggest suggests suggested admit admits admitted acknowledge acknowledges acknowledged
  concede concedes conceded confirm confirms confirmed stress stresses stressed emphasise emphasised emphasises
  emphasize emphasized emphasizes urge urges urged predict predicts predicted describe describes described
  praise praises praised applaud applauds applauded agree agrees agreed report reports reported tweet tweets tweeted
  posted recall recalls recalled complain complains complained jokes joked maintain maintains maintained
  conclude concludes concluded accuse accuses accused criticise criticises criticised criticize criticizes criticized
  dismiss dismisses dismissed brands branded vow vows vowed pledge pledges pledged promise promises promised
  threaten threatens threatened boast boasts boasted deny denies denied reveal reveals revealed disclose discloses
  disclosed caution cautions cautioned plead pleads pleaded demand demands demanded welcomes welcomed
  hail hails hailed condemn condemns condemned attack attacks attacked blast blasts blasted slam slams slammed
  lament laments lamented expresses expressed questions questioned wonder wonders wondered
  shout shouts shouted cries cried exclaim exclaims exclaimed whisper whispers whispered assert asserts asserted
  contend contends contended counters countered retort retorts retorted quip quips quipped
  announce announced testify testifies testified acknowledge insisted reiterate reiterates reiterated
  propose proposes proposed recommend recommends recommended advise advises advised assure assures assured
  mention mentions mentioned points pointed call calls called describe labelled labeled implore implores implored
  spoke speaking talked talking mocked mocks citing cited thinks thought believes believed feels felt hopes hoped
  fears feared accepts accepted
`);

/** Verbs and phrases that introduce a name for something rather than someone's words. */
export const NAMING_CUES = [
  'so-called', 'so called', 'dubbed', 'nicknamed', 'known as', 'termed', 'titled', 'entitled', 'named', 'called', 'calls', 'call',
  'the word', 'the words', 'the term', 'the phrase', 'the slogan', 'the motto', 'the title', 'the label', 'the tag', 'billed as',
  'labelled', 'labeled', 'marketed as', 'referred to as', 'described as a',
];

/** Verbs that make a one- or two-word quote someone's words rather than a term ("dismissed it as "desperate""). */
export const STRONG_SPEECH_VERBS = words(`
  say says said tell tells told add adds added state states stated write writes wrote warn warns warned insist insisted
  claim claims claimed argue argued dismiss dismisses dismissed brand branded describe describes described criticise
  criticised criticized accuse accused admit admitted condemn condemned hail hailed urge urged deny denied vow vowed
  predict predicted complain complained insist reply replied retort retorted quip quipped declare declared
  call calls called
`);

/** Nouns for people who speak for others; "the spokesperson" resolves to the last one of these. */
export const SPOKES_NOUNS = words(`spokesperson spokesman spokeswoman spokespeople representative official officials source sources aide aides`);

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
