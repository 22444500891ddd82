/**
 * Common English words (lower case), used to tell a capitalised headline word or sentence opener
 * from a name. Derived once from word frequencies in a news corpus (words seen in lower case at least
 * 12 times across at least 6 articles); a vocabulary list, not text.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'abandoned ability able abortion about above abroad absence absolute absolutely abuse abused accept acceptable ' +
    'accepted access accessible accident acclaimed accompanied according account accounting accounts accurate ' +
    'accused accusing achieve achieved achievement achievements achieving acknowledged acquire acquired acquisition ' +
    'across act acting action actions active activist activists activities activity actor actors actress acts ' +
    'actual actually ad adapt adaptation adapted add added adding addition additional address addresses adds ' +
    'adjusted administration admission admit admits admitted adopt adopted adoption ads adult adults advance ' +
    'advanced advantage adventure advert advertising adverts advice advised adviser advocates affair affairs affect ' +
    'affected affects afford affordable afraid after afternoon afterwards again against age aged agencies agency ' +
    'agenda agent agents ages aggressive ago agree agreed agreement agreements agrees agriculture ahead aid aim ' +
    'aimed aiming aims air aircraft aired airline airlines airport airports albeit album albums alcohol alert alive ' +
    'all allegations alleged allegedly alliance allies allow allowed allowing allows almost alone along alongside ' +
    'already also alternative although always am amazing ambition ambitions ambitious amid among amongst amount ' +
    'amounts an analysis analyst analysts and anger angle angry animals animated animation ankle anniversary ' +
    'announce announced announcement announcements announcing annual another answer anti anticipated any anybody ' +
    'anymore anyone anything anyway anywhere apart apologise apologised apology apparent apparently appeal appealed ' +
    'appeals appear appearance appearances appeared appearing appears application applications applied apply ' +
    'appointed appointment approach approached appropriate approval approvals approve approved are area areas aren ' +
    'argue argued argues arguing argument arguments arm arms around arrangements array arrest arrested arrival ' +
    'arrived art article articles artificial artist artistic artists arts as aside ask asked asking aspect aspects ' +
    'assault assembly assess assessment asset assets assistance assistant associated association assume asylum at ' +
    'athlete athletes athletics atmosphere attachment attack attacked attacking attacks attempt attempted ' +
    'attempting attempts attend attendance attended attention attitude attorney attract attracted attractive ' +
    'attributed auction audience audiences audio author authorities authority authors auto automatic automatically ' +
    'autumn available average aviation avoid avoided avoiding award awarded awards aware awareness away awesome ' +
    'axed baby back backed background backing backs bad badly bail balance balanced ball ballot ban band bands ' +
    'bandwidth bank banking bankrupt bankruptcy banks banned banning bans bar barely barred barrel barrels barrier ' +
    'barriers bars base based basic basis battery battle battled battles battling be beat beaten beating beats ' +
    'beautiful became because become becomes becoming bed been beer before began begin beginning begins begun ' +
    'behalf behaviour behind being belief believe believed believes below bench benchmark benefit benefiting ' +
    'benefits best bet bets better betting between beyond bid bidding bids big bigger biggest bill billed billion ' +
    'billions bills biography biopic birth birthday bit black blame blamed blind block blockbuster blocked blocking ' +
    'blocks blog blogger blogging blogs blood blow blue bn board boards bodies body bomb bond bonds bonus book ' +
    'booked bookmakers books boom booming boost boosted boosting border born borrow borrowing boss bosses both ' +
    'bottom bought bound box boxes boy boys brain branch brand branded branding brands breach breached breaches ' +
    'break breaking breaks breakthrough bridge brief briefly brilliant bring bringing brings broad broadband ' +
    'broadcast broadcaster broadcasters broadcasting broadcasts broke broken bronze brother brought browse browser ' +
    'browsers browsing bubble budget budgets build building buildings built bulk burden bureaucracy burst bus ' +
    'business businesses bust busy but buy buyer buyers buying buys buzz by cabinet cable cables calculated ' +
    'calculations call called calling calls calm came camera cameras camp campaign campaigners campaigning ' +
    'campaigns can cancel cancelled cancer candidate candidates cannot cap capabilities capability capable capacity ' +
    'capital capped caps capt captain captaincy capture car card cards care career careers careful carefully ' +
    'carmaker carpet carried carrier carriers carry carrying cars cartoon case cases cash cast catalogue catch ' +
    'categories category caught cause caused causes causing cautioned cautious celebrate celebrated celebration ' +
    'celebrities celebrity cell cells cent central centre centred centres cents century ceremonies ceremony certain ' +
    'certainly chain chair chairman chairs challenge challenged challenges challenging chamber champion champions ' +
    'championship championships chance chancellor chances change changed changes changing channel channels chaos ' +
    'character characters charge charged charges charging charities charity chart charts chase chasing chat cheap ' +
    'cheaper check checks chest chief chiefs child childcare children chip chips choice choices choose chose chosen ' +
    'chunk church cinema cinemas circuit circulating circumstances cited cities citizen citizens citizenship city ' +
    'civil claim claimed claiming claims clash class classes classic classics classroom clay clean clear clearance ' +
    'cleared clearing clearly clever click clicking client clients climate climbed clips clock close closed closely ' +
    'closer closest closing closure clothes clothing club clubs co coach coaches coaching coalition code codes ' +
    'coffee cold collaboration collapse collapsed colleague colleagues collect collected collecting collection ' +
    'colour colours com combat combination combine combined combines come comeback comedian comedy comes ' +
    'comfortable comic coming command comment comments commerce commercial commercially commission commissioned ' +
    'commissioner commit commitment commitments committed committee committing commodity common communicate ' +
    'communication communications communities community companies company compared comparison compatible compatriot ' +
    'compensation compete competing competition competitions competitive competitiveness competitors compiled ' +
    'complain complained complaint complaints complete completed completely complex compliance components composer ' +
    'compromise compulsory computer computers computing conceded concentrate concentrating concentration concept ' +
    'concern concerned concerns concert concerts concluded condemned condition conditions conduct conducted ' +
    'conference confidence confident confidential confirm confirmed conflict confusion connect connected connection ' +
    'connections consecutive consensus consequences consider consideration considered considering consistent ' +
    'consistently console consoles consolidation consortium conspiracy constant constantly constituency ' +
    'constitution constitutional construction consult consultancy consultant consultation consumer consumers ' +
    'consumption contact contacted contain contained contains contemporary contenders content contest contestant ' +
    'context continent continue continued continues continuing contract contracts contrary contrast contribute ' +
    'contributed contribution contributions control controlled controlling controls controversial controversy ' +
    'conventional conversation conversion convert converted convicted convinced convincing cool cope copies copper ' +
    'copy copying copyright core corner corporate correct correspondent corruption cost costly costs costume could ' +
    'couldn council councils count counter counterparts countries country couple course court courts cover coverage ' +
    'covered covering covers crack crash create created creates creating creation creative creator credibility ' +
    'credit creditors credits crime crimes criminal criminals crisis criteria critic critical criticised criticism ' +
    'critics cross crowd crowds crown crowned crucial crude cult cultural culture cup currency current currently ' +
    'custody customer customers cut cuts cutting cyber cycle daily damage damaged damages damaging dance danger ' +
    'dangerous dark data date dates dating daughter day days de dead deadline deal dealing deals dealt death deaths ' +
    'debate debt debts debut decade decades decent decide decided decider deciding decision decisions declared ' +
    'decline declined declining dedicated deep deeply default defeat defeated defeats defence defend defended ' +
    'defender defending defensive deficit deficits define defined definitely definition degree delay delayed delays ' +
    'delegates deliberately delighted deliver delivered delivering delivery demand demanded demands democracy ' +
    'democratic demonstrate demonstrated denial denied denies deny department departments departure depend ' +
    'depending deprived depth deputy describe described deserve deserved deserves design designed designer desire ' +
    'desktop desperate desperately despite destroy destroyed destruction detail detailed details detain detained ' +
    'detainees detention determination determine determined develop developed developer developers developing ' +
    'development developments device devices dial did didn die died dies difference differences different difficult ' +
    'difficulties digital dinner dip dipped direct directed directing direction directive directly director ' +
    'directors disabled disappear disappeared disappointed disappointing disappointment disaster disasters disc ' +
    'disciplinary discipline disclosure discover discovered discovery discrimination discs discuss discussed ' +
    'discussion discussions disease dismissed display displays dispute distance distribute distributed distributing ' +
    'distribution diverse diversity divide divided dividend division do doctor doctors document documentary ' +
    'documents does doesn dog dogs doing dollar dollars domain domestic dominance dominant dominate dominated don ' +
    'donate donated donations done door doors doping dossier dot double doubled doubles doubt doubts down download ' +
    'downloaded downloading downloads dozen draft drafted drag drama dramatic dramatically draw drawing drawn dream ' +
    'dressing drew drink drinking drinks drive driven driver drivers drives driving drop dropped dropping drove ' +
    'drug drugs dual dubbed due duet duo during duties duty each ear earlier early earmarked earn earned earning ' +
    'earnings earth ease eased easier easily east eastern easy eating echoed economic economics economies economist ' +
    'economists economy edge edged editing edition editor education educational effect effective effectively ' +
    'effects efficiency efficient effort efforts eight eighth either elderly elected election elections electoral ' +
    'electorate electricity electronic electronics element elements eligible elite else elsewhere embargo embrace ' +
    'emerge emerged emergency emerging emotional emphasis employ employed employee employees employer employers ' +
    'employment employs empty enable enabled enables encounter encourage encouraged encouraging end ended ending ' +
    'ends endured energy enforce enforcement engage engaged engaging engine engineering engines enhance enhancing ' +
    'enjoy enjoyed enjoying enormous enough ensure ensures ensuring enter entered entering enterprise entertaining ' +
    'entertainment enthusiasm entire entirely entitled entries entry environment environmental epic episode ' +
    'episodes equal equally equipment equity equivalent era error errors especially essential establish established ' +
    'estate estimate estimated estimates etc ethnic euro euros eurozone evasion eve even evening event events ' +
    'eventually ever every everybody everyday everyone everything evidence evolution ex exact exactly examine ' +
    'examining example examples excellent except excess exchange exchanges excited excitement exciting exclusive ' +
    'executive executives exercise exhibition exist existence existing exit expand expanded expanding expansion ' +
    'expect expectations expected expecting expects expense expenses expensive experience experienced experiences ' +
    'expert experts explain explained explains exploit exploited exploration explore explosion export exports ' +
    'exposed exposure express expressed extend extended extending extension extensive extent external extra ' +
    'extraordinary extras extreme extremely eye eyes face faced faces facilities facing fact factor factories ' +
    'factors factory fail failed failing fails failure failures fair fairly faith fake fall fallen falling falls ' +
    'false fame familiar families family famous fan fans fantastic fantasy far farm farmers fashion fast faster ' +
    'fastest fate father fault favour favourite favourites fear feared fears feature featured features featuring ' +
    'fed federal fee feel feeling feels fees feet fell fellow felt female festival festive feud few fewer fi ' +
    'fiction fictional field fields fierce fifth fight fighting figure figures file filed files filing fill filled ' +
    'film filmed films final finally finals finance finances financial financing find finding findings finds fine ' +
    'fined fines finish finished finishing fire fired firewall firm firmly firms first fiscal fishing fit fitness ' +
    'fits five fix fixed fixture flanker flash flat flawed flaws flexibility flight flights floor flow fly flying ' +
    'focus focused focusing follow followed following follows food foot footage football for force forced forces ' +
    'forcing forecast forecasts foreign forever forget forgotten form formal formally format formats formed former ' +
    'formerly forms forthcoming fortnight fortunate fortune fortunes forum forward forwards fought found founded ' +
    'founder four fourth foxes framework franchise fraud free freed freedom freely freeze frequently fresh friend ' +
    'friendly friends from front frontline frontman frozen frustrated frustrating frustration fuel fuelled full ' +
    'fully fun function functions fund fundamental funded funding funds further fuss future gadget gadgets gain ' +
    'gained gaining gains gambling game gameplay gamers games gaming gangs gap gas gather gathered gave gay gear ' +
    'general generally generate generated generating generation generous genre genuine genuinely get gets getting ' +
    'giant giants gift gig girl give given gives giving glad global globally globe glory go goal goalkeeper goals ' +
    'goes going gold golden gone good goods got governance governing government governments grab grabbed gradually ' +
    'grand granted graphics great greater greatest green greeted grew grip gross ground grounds group groups grow ' +
    'growing grown growth guarantee guaranteed guard guess guidance guidelines guilty guitar guitarist gun guy guys ' +
    'habits hackers had hailed half halfway halt halted hamstring hand handed handful handheld handing handle ' +
    'handling hands handset handsets hang happen happened happening happens happy hard harder hardest hardly ' +
    'hardware harm has hasn have haven having he head headed header heading headline headlines headquarters heads ' +
    'health healthcare healthy hear heard hearing heart heat heavily heavy held hell help helped helping helps her ' +
    'here hero herself hi hidden hide high higher highest highlight highlighted highly highs hike him himself ' +
    'hinted hip his historic historical history hit hits hitting hold holder holders holding holds hole holes ' +
    'holiday home homes honest honour honoured honours hop hope hoped hopeful hopefully hopefuls hopes hoping ' +
    'horror horse hospital hospitals host hosted hosting hosts hot hotel hotels hotspots hottest hour hours house ' +
    'household households houses housing how however huge hugely human humour hundred hundreds hunt hunting hunts ' +
    'hurdles hurt husband hybrid icon idea ideal ideas identification identified identify identity if ignore ' +
    'ignored ill illegal illegally illness image images imagine immediate immediately immense immersive immigrants ' +
    'immigration impact implementation implemented implications importance important imports impose imposed ' +
    'impossible impress impressed impression impressive improve improved improvement improvements improving in ' +
    'inappropriate incentives incident incidents include included includes including inclusion income incomes ' +
    'increase increased increases increasing increasingly incredible incredibly indeed indefinitely independent ' +
    'index indicated indication individual individuals indoor industrial industrialised industries industry ' +
    'inevitable infected infection inflation influence influenced influential information informed infrastructure ' +
    'initial initially initiative initiatives injection injunction injured injuries injury ink innocent innovation ' +
    'innovative inquiry inside insist insisted insisting insists inspired install installed instance instant ' +
    'instead institution institutions instructions insurance insurer insurers integral integrity intellectual ' +
    'intelligence intelligent intend intended intends intense intent intention intentions interact interactive ' +
    'interest interested interesting interests interface internal international internationally internationals ' +
    'internet interval intervention interview interviewed interviews into introduce introduced introducing ' +
    'introduction inventions invest investigate investigated investigating investigation investigations investing ' +
    'investment investments investor investors invited involve involved involvement involves involving ' +
    'irresponsible is island isn issue issued issues it items its itself jail jailed jet job jobless jobs join ' +
    'joined joining joins joint jointly journalist journalists journey judge judged judgement judges judicial jump ' +
    'jumped junior junk jurisdiction jury just justice justified keen keep keeper keeping keeps kept key keyboard ' +
    'keynote kick kicked kicking kids kill killed killer killing kind kinds km knee knew knock knocked know knowing ' +
    'knowledge known knows label labels laboratory labour lack laid land landed landing landmark landscape language ' +
    'languages laptop laptops large largely larger largest laser last late later latest launch launched launches ' +
    'launching law laws lawsuit lawsuits lawyer lawyers lay lead leader leaders leadership leading leads league ' +
    'leaked leap learn learned learning least leave leaves leaving led left leg legacy legal legally legend ' +
    'legislation legitimate legs lender lending length lengthy less lessons let lets letter letting level levels ' +
    'liberal liberties liberty libraries licence licences licensed lie lied lies life lifestyle lifetime lift ' +
    'lifted lifts light like liked likely likes limit limited limits line lines link linked links list listed ' +
    'listen listeners listening listing listings lists literally little live lived lives living load loan loans ' +
    'local lock locked long longer longest look looked looking looks loopholes loose lord lords lose losing loss ' +
    'losses lost lot lots love loved lovers low lower lowest lows loyal luck lucky lucrative lure luxury lying ' +
    'lyrics machine machines made magazine magic mail mails main mainly mainstream maintain maintained maintaining ' +
    'major majority make maker makers makes making male malicious man manage managed management manager managers ' +
    'managing mandatory manifesto manner manufacturer manufacturers manufacturing many map maps marathon margin ' +
    'margins mark marked market marketed marketing markets marks marriage married mass massive master match matched ' +
    'matches mate material materials maternity mates matter matters maximum may maybe mayor me mean meaning means ' +
    'meant meanwhile measure measured measures medal medallist medals media medical medium meet meeting meetings ' +
    'meets megabits megapixel member members membership memories memory men mental mention mentioned menu merge ' +
    'merged merger merits message messages messaging met metal method methods metres mid middle midfield midfielder ' +
    'midnight might miles military million millions mind mine mini minimum mining minister ministers ministry minor ' +
    'minorities minority minute minutes miss missed missing mission mistake mistakes mix mixed mobile mobiles model ' +
    'models modern modest moment moments momentum money monitor monitoring monopoly month monthly months mood moral ' +
    'more morning mortgage most mostly mother motion motivated motivation motorcycle mouse mouth move moved ' +
    'movement movements moves movie movies moving much multi multimedia multiple murder museum music musical ' +
    'musician musicians must mutual my myself name named names nanny narrow narrowly nation national nationals ' +
    'nations natural nature navigate near nearly necessarily necessary neck need needed needs negative negotiate ' +
    'negotiations neither nerve nervous net nets network networks never new newcomer newly news newspaper ' +
    'newspapers next nice niche night nine ninth no nobody noise nominated nomination nominations nominee nominees ' +
    'non none nor normal normally north northern nostalgia not note noted notes nothing notice novel now nuclear ' +
    'number numbers numerous observers obsessed obvious obviously occasion occasions occurred odd odds of off ' +
    'offence offences offensive offer offered offering offers office officer officers offices official officially ' +
    'officials offline offset offside often oil old older olds on once one ones ongoing online only onto open ' +
    'opened opener opening opens opera operate operated operates operating operation operations operator operators ' +
    'opinion opinions opponent opponents opportunities opportunity oppose opposed opposite opposition opt opted ' +
    'optimism optimistic option options or order ordered orders ordinary org organisation organisations organised ' +
    'organisers origin original originally other others otherwise our ourselves out outbreak outcome outdoor ' +
    'outlined outlook output outright outside outstanding over overall overcome overseas overturned overwhelming ' +
    'owed own owned owner owners ownership owns pace pack package pact page pages paid pain pair panel paper papers ' +
    'parent parents parliament parliamentary part participation particular particularly parties partly partner ' +
    'partners partnership parts party pass passed passenger passengers passing passion passport passwords past ' +
    'patches patent patenting patents patient patients pattern patterns pause pay paying payment payments peace ' +
    'peak peer peers penalties penalty pence pension pensioners pensions people per percent percentage perception ' +
    'perfect perfectly perform performance performances performed performer performers performing perhaps period ' +
    'periods permanent permission persistent person personal personally perspective persuade persuaded petrol phase ' +
    'phenomenon phishing phone phones photo photos physical pick picked picking picture pictures piece pieces pigs ' +
    'pile pilot pioneers pipeline piracy pirated pirates pitch place placed places plan plane planes planned ' +
    'planning plans plant plants plasma plastic platform play playback played player players playing plays pleaded ' +
    'pleased pledge pledged pledges plenty plot plus pocket point pointed pointing points poised pole police ' +
    'policies policing policy political politically politician politicians politics poll polling polls poor poorer ' +
    'poorest poorly pop popular popularity population port portable portal portfolio portrayal pose posed position ' +
    'positions positive possession possibility possible possibly post postal posted poster posters postponed posts ' +
    'potential potentially pound pounds poverty power powered powerful powers practical practice practices praise ' +
    'praised pre predict predicted predicting predictions predicts prefer preferred preliminary premier premiere ' +
    'premises premium preparation prepare prepared preparing presence present presented presenter presents ' +
    'presidency president presidential press pressing pressure pressures prestigious pretty prevent prevented ' +
    'preventing previous previously price priced prices pride primary prime prince principal principle principles ' +
    'print printed printing prints prior priorities priority prison prisoners privacy private privatisation prize ' +
    'prizes pro probably probe problem problems procedures proceedings process processes processing processor ' +
    'processors produce produced producer producers produces producing product production productions products ' +
    'professional professor profile profit profitability profitable profits program programme programmes ' +
    'programming programs progress project projects prominent promise promised promises promising promote promoting ' +
    'promotion promotional prompted prompting proof prop proper properly properties property proportion proposal ' +
    'proposals proposed prosecuted prosecution prosecutions prosecutor prosecutors prospect prospects prosperity ' +
    'protect protected protecting protection protest protests prototype proud prove proved proves provide provided ' +
    'provider providers provides providing province proving psychological public publication publicity publicly ' +
    'publish published publisher publishers publishing pull pulled pundits punished punishment pupils purchase ' +
    'purchased purchases purpose purposes pursue push pushed pushing put puts putting qualified qualifier qualify ' +
    'qualifying quality quangos quarter quarterly quarters queries question questioned questioning questions quick ' +
    'quickly quiet quit quite quotas quoted race raced races racing racism racist radical radio raids rail rain ' +
    'raise raised raising rally ran range ranging ranked ranking rankings ranks rap rapid rapidly rapper rare ' +
    'rarely rate rates rather rating ratings raw ray re reach reached reaches reaching react reacted reaction read ' +
    'readers reading ready real realise realised realistic reality really reason reasonable reasons reassure rebate ' +
    'rebuild rebuilding recall recalled receive received receiving recent recently reception recession recognise ' +
    'recognised recognition recommended reconstruction record recorded recorder recorders recording records recover ' +
    'recovered recovering recovery recruit recycling red reduce reduced reducing reduction referee reference ' +
    'referendum referred reflect reflected reflecting reflects reform reforms refugees refuse refused refusing ' +
    'regain regarded regarding regime region regional regions register registered registration regular regularly ' +
    'regulation regulations regulator regulators regulatory reject rejected rejects related relating relation ' +
    'relations relationship relatively relatives relay release released releases releasing relevant relief ' +
    'religious reluctant rely remain remained remaining remains remake remark remarkable remarks remember remote ' +
    'remove removed renewed rent repayments repeat repeated repeatedly replace replaced replacement replacing ' +
    'replay replied report reported reportedly reporter reporters reporting reports represent representation ' +
    'representative representatives represented representing represents reputation request requested requests ' +
    'require required requirement requirements requires rescue research researchers reserve reserves residents ' +
    'resign resignation resigned resisted resolution resolve resolved resort resources respect respected ' +
    'respectively respects respond responded respondents response responses responsibilities responsibility ' +
    'responsible rest restore restrictions restructuring result resulted results resume retail retailer retailers ' +
    'retain rethink retire retired retirement return returned returning returns reveal revealed reveals revenue ' +
    'revenues reverse review reviewed reviews revised revival revolution reward rewarded rewards rich richest rid ' +
    'rift right rights ring ringtones rise risen rises rising risk risks rival rivalry rivals road roads robot ' +
    'robots robust rock role roles roll romantic room rooms rose roughly round route routes routine row rubber ' +
    'rubbish rugby rule ruled rules ruling rumours run runner runners running runs runway rupees rural rush rushed ' +
    'sack sacked sad safe safer safety said sake salary sale sales same satellite satisfied save saved saves saving ' +
    'savings saw say saying says scale scam scams scan scandal scared scene scenes sceptical schedule scheduled ' +
    'scheme schemes school schools science scientists scope score scored scores scoring scrap scrapped scrapping ' +
    'screen screened screening screenplay screens script scrum scrutiny seal search searching season seasons seat ' +
    'seats second secondary seconds secret secretary secs section sector sectors secure secured security see seed ' +
    'seeded seeing seek seekers seeking seeks seem seemed seems seen sees seize select selected selection self sell ' +
    'selling sells semi send sending sends senior sense sensible sensitive sent sentence sentenced sentences ' +
    'separate sequel series serious seriously servants serve served server servers service services serving session ' +
    'sessions set setback sets setting settle settled settlement seven seventh several severe sex shadow shake ' +
    'shall shame shape share shared shareholder shareholders sharers shares sharing sharp sharply she shed sheer ' +
    'shell shelves shift ship shock shocked shoot shooter shooting shop shoppers shopping shops short shortages ' +
    'shortlist shortly shot shots should shoulder shouldn show showed showing shown shows shut sick side sidelined ' +
    'sides sight sights sign signal signals signed significant significantly signing signs silicon silver similar ' +
    'simple simply simultaneously since singer singing single singles sister sit site sites sitting situation ' +
    'situations six sixth size sized skill skills skin skipper sleep slice slide slight slightly slip slipped ' +
    'slogan slot slow slowdown slowed slower slowing slowly sluggish slump small smaller smart smoke smoking snap ' +
    'snapped so soap soaring social society soft software sold soldiers solid solo solution solutions solve some ' +
    'somebody someone something sometimes somewhat somewhere son song songs soon sooner sophisticated sorry sort ' +
    'sorts sought soul sound sounds source sources south southern space spam spammers spare spark sparked speak ' +
    'speaking special specialist specially specific specifically specifications speculation speech speeches speed ' +
    'speeds spell spend spending spent spin spirit split spoke spoken spokesman spokesperson spokeswoman ' +
    'sponsorship sport sporting sports spot spotted spread spreading spring sprint sprinter sprinters spyware ' +
    'squabbling squad st stability stable stadium staff stage staged stages stake stamp stance stand standard ' +
    'standards standing stands star starred starring stars start started starting starts state stated statement ' +
    'statements states station stations statistics status stay stayed steady steal steel stem step stepped stepping ' +
    'steps steroid stick stiff still stock stocks stolen stood stop stopped stopping stops storage store stored ' +
    'stores stories story straight straightforward strange strategic strategist strategy stream street streets ' +
    'strength strengthen strengthened stress stressed strict strike striker strikes striking string stripped stroke ' +
    'strong stronger strongest strongly struck structure struggle struggled struggling stuck student students ' +
    'studies studio studios study studying stuff stunning style subject submit submitted subscribers subscription ' +
    'subsequent subsequently subsidiary subsidies substance substantial substantially substitute succeed succeeded ' +
    'success successes successful successfully succession successive such suddenly sue sued suffer suffered ' +
    'suffering sufficient suggest suggested suggesting suggestion suggestions suggests suicide suing suit suitable ' +
    'suits sum summer summit sums super superb supplied supplier suppliers supplies supply support supported ' +
    'supporters supporting supports supposed sure surely surface surfers surge surgery surpassed surplus surprise ' +
    'surprised surprising surround surrounding surveillance survey surveyed surveys survival survive survived ' +
    'suspect suspected suspects suspend suspended suspension suspicion sustain sustainable sustained swap swapped ' +
    'swapping sweet swiftly switch switched system systems table tackle tackled tackling tactic tactics tag take ' +
    'taken takeover takes taking takings tale talent talented talk talked talking talks tank tap tape target ' +
    'targeted targeting targets tariffs task tasks taste tax taxation taxes taxpayer taxpayers teach teacher ' +
    'teachers teaching team teams tech technical technically technique techniques technological technologies ' +
    'technology teenage teenager teenagers telecommunications telecoms telephone telephony televised television ' +
    'tell telling tells temporary ten tend tennis tens tense term terms terrestrial terrible territory terror ' +
    'terrorism terrorist terrorists test tested testing tests text th than thank thanks that the theatre theft ' +
    'their them theme themes themselves then theory there therefore these they thing things think thinking thinks ' +
    'third thirds this thoroughly those though thought thoughts thousands threat threaten threatened threatening ' +
    'threats three threshold threw thriller through throughout throw throwing thrown thus ticket tickets tie ties ' +
    'tight time times timing tiny tip tipped tips tired title titled titles to tobacco today together told ' +
    'tolerance toll tomorrow tonnes too took tool tools top topped topping total totally touch touchline tough ' +
    'tougher toughest tour tourism tourist tourists tournament towards town track tracks trade traders trading ' +
    'tradition traditional traditionally traffic tragedy train trained training transaction transactions transfer ' +
    'transformed transmission transparent transport travel travelling treat treated treatment tremendous trend ' +
    'trends trial trials tribunal tribute trick tricks tricky tried tries trigger triggered trillion trilogy trio ' +
    'trip triple triumph troops trophies trophy trouble troubled true truly trust trusted truth try trying tsunami ' +
    'tuition tune tunnel turn turnaround turned turning turnout turnover turns twice two tycoon type types typical ' +
    'typically ultimate ultimately unable unacceptable unaware unbeaten uncertain uncertainty unchanged unclear ' +
    'under underground underlying undermine understand understanding understood unemployment unfair unfortunately ' +
    'unhappy unified uniform union unions unique unit units unity universities university unknown unless unlikely ' +
    'unnamed unnecessary unpaid unsolicited until unusual unveil unveiled unveils up upbeat upcoming update updated ' +
    'upgrade upload upon upper ups upset upward urban urge urged us usage use used useful user users uses using ' +
    'usual usually utility valuable value valued values van variants variety various vast vehicle vehicles venture ' +
    'venue verge version versions versus very veteran veto via vice victim victims victories victory video videos ' +
    'view viewed viewer viewers viewing views village violated violations violence violent virtual virtually virus ' +
    'viruses visa vision visit visited visiting visitors visits visual vital vocal voice voiced voices volley ' +
    'volume voluntary vote voted voter voters votes voting vowed vulnerable wage wages wait waiting wake walk ' +
    'walked walking wall want wanted wanting wants war warm warn warned warning warnings warns was wasn waste ' +
    'wasted watch watchdog watched watching water wave waves way ways we weak weaker weakness wealth weapon weapons ' +
    'wear wearing weather web website websites wedding week weekend weekly weeks weight welcome welcomed welfare ' +
    'well went were weren west western what whatever when where whether which while whilst whistle white who whole ' +
    'wholesale whom whose why wi wide widely wider widespread wife wild will willing win wind window wine wing ' +
    'winger winner winners winning wins winter wireless wish with withdraw withdrawal withdrawn withdrew within ' +
    'without witness woman women won wonder wonderful word words work worked worker workers workforce working works ' +
    'world worlds worldwide worm worried worries worry worrying worse worst worth would wouldn write writer writers ' +
    'writing written wrong wrote yards year years yen yes yet you young younger youngest youngsters your yourself ' +
    'youth yuan zero zone '
  ).split(' ').filter(Boolean),
);
