/** Words that make a capitalised run a body or a place rather than a person. */
import { words } from './words';

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
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming carolina dakota calif fla ariz colo conn tenn tex okla wisc minn mich mont neb nev wyo ala ark kan
`);
