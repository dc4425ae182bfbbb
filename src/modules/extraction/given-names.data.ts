// Given names, to find people named without a cue ("out with Tyrese", "Kofi had a second phone").
// Made on 2026-12-06 from the first-name lists of @faker-js/faker 10.6.0 (MIT licence, (c) Faker contributors:
// locales en, en_NG, en_IN, en_ZA, en_AU, pl, ro, pt_PT, pt_BR, it, fr, de, es, tr, nl, lv), names of three letters or more written with a capital and then lower case,
// accents kept, plus the UK given names and short forms of resolution/given-name-variants.data.ts. Split by
// whether the lower-case form is also an English word in an-array-of-english-words 2.0.0 (MIT): those
// ("ruby", "will", "grace") count only inside a sentence, where a capital says a name, never at its start.
// Lower case, space-separated.
export const plainGivenNames = `
aadi aadidev aadinath aaditya aadrika aagam aagney aagneya aaliyah aalok aaltje aamod aanand aanandaswarup
aanandinii aanjaneya aaratrika aaron aarya aaryan aasa aasha aashritha aatmaj aatmaja aatreya aayushmaan
aayushman abaco abagail abak abakan abakay abani abar abay abbie abbigail abbondanza abbondanzio abbondio abby
abdiel abdon abdone abdonie abdul abdullah abe abel abelardo abelin abeline abendam abenzio abhaidev abhaya
abhirath abhisyanta abi abibo abidin abigaelle abigale abigayle abigaïl abimbola abisola abisoye abluç abner
abraham abramio abramo absalon abélard abı abılay abşar acace acacie acacio acanthe acar acario acaryatanaya
accursio achaire achalesvara acharyanandana acharyasuta achille achim achintya achyut acilia acilio aciscolo
acrisio acun ada adah adalan adalard adalardo adalbald adalbaude adalbert adalberta adalberto adalbéron adaldı
adalfredo adalgisa adalgiso adaline adalmış adalric adalrico adalsinde adam adamo adan adar adaugo adaş
adberilgen addie addison addo addolorata ade adeboye adedayo adegoke adegrin adegrine adel adela adelaida
adelaide adelajda adelardo adelasia adelbert adelberto adelchi adele adelfo adelgardo adelia adelin adelina
adeline adell adella adelle adelmo adelphe adeltrude adelya adem adenet adeodato adheesh adhiraj adhrit
adhémar adi adikavi adil adile adina adinath aditeya aditya adityanandan adityanandana adjutor adlı adlıbeğ
adnân adolf adolfo adolph adolphe adolphie adolphus adone adrain adraman adrastée adrehilde adria adriaan
adrian adriana adrianna adriano adriel adrien adrienne adrione adripathi adsız advaya adwitiya adán adèle
adélaïde adélie adéodat adıgüzel adık adıkutlu adıkutlutaş affan afi afitap afonso afra afton afşar afşin
afşın agabio agamennone agapet agapito agasti agastya agata agathange agathe agathon agaton agazio agenore
agesilao agilbert agilberte aglae aglaia aglaé agnan agnane agneflète agnes agnese agneya agnieszka agnimitra
agniprava agnivesh agnos agnès agostina agostino agrata agripina agrippa agrippin agrippine agrypina agustin
agustina agustín agâh ahalya ahenk ahilya ahlem ahmad ahmed ahmet ahsen aiace aidan aidano aiden aileen
aimable aimee aimone aimé aimée ainārs aisha aishani aiyana ajeet ajit akalp akande akanni akata akaş akbatur
akbay akbaş akboğa akbudak akbulak akbuğra akbörü akdemir akdoğan akeem akkun akkunlu akkurt akkuş akpıra
akroor akshainie akshaj akshat akshata akshayakeerti akshita aksungur aktan aktekin aktimur akula akunna
akvelīna akça akçakoca akçora akı akıbudak akım akın akıner akınçı alaban alabörü aladağ alade aladino
aladoğan alain alaina alaine alakurt alamanno alana alanis alanna alano alarico alasdair alastair alayna
alayunt alayuntlu alaïs alban albane albano alberico alberta alberte albertha albertina alberto albertīne
albin albina alboino albrico albérade albéric alceo alceste alcibiade alcide alcidie alcime alcina alcine
alcino alcyone alda aldegonde aldemir alden aldo aldobrando aldonce aldoğan aldric aldıgerey alea aleandro
aleardo aleaume aleen alejandra alejandrin alejandro alek aleksander aleksandra aleksy alena alene aleodor
aleramo alessa alessandra alessandro alessia alessio aleth aletha alex alexa alexandra alexandre alexandrea
alexandria alexandrina alexandro alexandru alexane alexanne alexe alexie alexis alexys alexzander aleyna alfie
alfio alfonsa alfonso alfonzo alford alfred alfreda alfrēds algiso algu ali alia alica alican alice alicia
alicja alick alida aliette alighiero alin alina alis alisa alisha alissa alistair alistar alivia alix aliza
alize alizé aliénor alişan alişir alka alkabölük alkaevli alkan alkaşı alkış allan allegra allen allene
alliaume allie allison almerigo almila almine almire almiro aloisio alok alonzo aloyse aloïs aloïse aloīzs
alpagut alpamış alparsbeğ alparslan alpata alpay alpaya alpaykağan alpbamsı alpbilge alpdirek alpdoğan alper
alperen alpertunga alpgerey alphan alphonse alphonsine alphonso alphée alpike alpilig alpinien alpkara
alpkutlu alpkülük alptegin alptunga alpturan alptutuk alptuğrul alpuluğ alpurungu alpurungututuk alpyörük
alpış alpşalçı alta altan altankan altankağan altay altea altemur althée altmışkara alton altuga altın
altınkan altınkağan altınoba altıntamgan altıntamgantarkan altıntarkan altıntay alva alvah alvaro alvena
alvera alverta alverède alviero alvin alvina alvis alvise alvīne alwar alya alyce alycia alysa alysha alyson
alyssa alysson alícia alımga amabela amadeo amalia amaliane amalric amalthée amanda amande amandin amando
amani amant amante amanzio amar amara amaranaath amarande amaranthe amaranto amaresh amari amarnath amata
amato amatore amauri amaya amaç ambar ambra ambre ambrogio ambroise ambroisie ambrose ambrosiano ambroży
amedeo amedeu amelie ameline amelio amely amelya america americo amerigo ameyatma amico amiel amilcare amina
aminat aminte amintore aminu amira amish amiya amleto ammâr amodini amogh amon amone amore amos amparo ampelio
amrak amritambu amul amy amya amza amédée amélia améliane amélie amélien améthyste amālija anaadi anabel
anabela anabelle anacleto anagh anahi anaida anais anala anamaria anamika anand ananda anandamayi anang ananta
anar anasooya anastacio anastase anastasia anastasie anastazja anasuya anatol anatole anatolia anatolie anaël
anaëlle anaïs anca ancelin anceline ancuța anda andarıman andaç anderson andoche andra andrada andre andrea
andreane andreanne andreas andreea andrei andres andrew andris andrzej andré andrée andrés andy andéol
andżelika andžejs andžs anemona aneta angadrême ange angela angelina angeline angelique angelita angelo anghel
anghelina angie angilbe angilberte angilran angoustan angus angèle angélina angélique anibal anica anicet
aniceto anicette anicée aniello anika anila anilaabh anilabh anish anissa anita aniya aniyah anișoara anja
anjali anjaneya anjushree anjushri anka ankal annabel annabell annabella annabelle annagrazia annalena annamae
annamaria annamarie annapurna anne anneke annelie annemarie annemijn annetta annette anni annibal annibale
annie annika annonciade annunziata anny anouar anouk anrijs ansaldo ansbert ansberte ansel anselme anselmo
ansgar ansgary anshula ansley ansovino anstrudie antea antelmo antero anthelme anthelmette anthony antide
antigone antim antimo antino antioco antoaneta antoine antoinette anton antone antonela antonella antonello
antonetta antonette antoni antonia antonie antonietta antonin antonina antonine antonio antoniu antony antwan
antwon antónio antônio anuja anunay anuraag anurag anusuya anuța anwesha anya ançuk anémone anıl anšlavs apa
apak apatarkan aphélie apollina apollinaire apollinare apollinary apolline apollonia appia aprançur april
apsara apuleio aquilin aquilino ara arabella arabelle araboğa araceli aracely arademir aral araldo aras
aratone arbay arbuz arcadie arcadio archambaud archan archange archibald archie archimede archippo arcibaldo
arda ardella arden ardith ardito arduino ardıç arely aresio argelia argimiro argine argo argu argun argıl ari
ariadna arialdo arian ariana ariane arianna ariberto aric aricie arie ariele arielle arif arina arindam
ariosto aristarco ariste aristeo aristide aristione aristița aristofane aristotele arjun arkadiusz arkady
arkādijs arkın arkış arlene arlette arlie arlo armance armand armande armandine armando armani armağan armel
armeline armelle armida armide armin armine arminio armīns arnaldo arnaud arnaude arnaç arne arnesh arno
arnold arnoldo arnould arnulfo arolde aron aronne arpat arrigo arsal arsenie arseniusz arsinoé arslan
arslanargun arslanbörü arslansungur arslantegin arslanyabgu arsène arsènie arsıl artemisa arthaud arthur
arthurine arthème artie artuk artukaç artur arturo artut artémis artıınal artūrs aruk arun aruna arved arvel
arvid arvilla arvīds arwen arya aryan aryanna arystarch arçuk arı arıboğa arık arıkağan arıkdoruk arın arınç
arşun asa asartegin ascanio ascelin asceline asdrubale asel asella asha ashlee ashleigh ashlesh ashley ashly
ashlynn ashok ashton ashtyn asia asil asimodeo asiya aslesha aslım asrı assomption assunta assunto astarté
asterio astianatte astrid astrée astrīda astérie asuela asuğ asya asım asığ ata atakan atakağan atalan atalay
ataldı ataleo atalmış atanasia atanasio atanazy atasagun atasu ataç atberilgen atena athalie athanase
athanasie athena athina athos athénaïs atilla atlı atlıbeğ atlıkağan atmaca atmaja atmanand atmananda atreyee
atreyi atsız attila attilano attilio atunçu atâullah atıf atıgay atıkutlu atıkutlutaş atıla atılgan atım
atımer atış aube aubertine auberto aubree aubrey aubry audace aude audebert audeline audie audouin audra
audran audreanne audrey augusta augustin augustina augustine augusto augustus aure aurel aureliana aureliano
aurelie aurelio aurelle aurian auriane aurica aurică auro aurore aurèle aurélie aurélienne aurēlija ausilia
ausiliatrice ausilio austen austin austyn auxane auxence avadhesh avani avantika avar aveline averardo avery
avigaëlle avis avluç avni avoye avram avşar axeline axelle axinte aya ayana ayas ayaz ayaçı ayaş aybalta ayban
aybars aybeğ aydarkağan aydemir ayden aydoğan aydoğdu aydoğmuş aydın aydınalp ayebatari aygırak ayhan ayinde
aykal aykan aykağan aykurt aykut ayla ayleen aylin ayluç ayluçtarkan ayma ayman aymard aymardine aymeric aymon
aymonde ayoub ayren ayruk aysar ayse aysılığ aytak aytaç aytekin aytuğ ayushmati ayvaz ayyıldız ayıtmış ayız
ayızdağ ayşıl aza azak azalée azban azeglio azelia azeline azelio azer azgan azganaz aziz azizhan azmi azra
azubuike azzurra azélie azıl açela açelya açuk açık açılay açığ ağabay ağakağan ağalak ağlamış ağça aīda
aļģirds aļģis aşan aşanboğa aşantudun aşantuğrul aşkın aştaloğul aşuk aşıkbulmuş baala baalaaditya baalagopaal
babacan babette babila babs babur babır badabul badr badruk badur baha bahadır bahri bahtiyar bahula baidehi
baijayanti bakağul baksı bakula bakır bakırsokum bakşı bala balaaditya balaban balachandra baladitya balagopal
balagovind balaka balakatay balamani balamır baldassarre balderico baldo baldomero baldovino baldu baldwin
balgopal balkık balta baltacı baltar baltur baltır balçar balın bambina bamsı bandhu bandhul bangu banji
bankim bankimchandra bankole baptiste barak baraktöre baran barbara barbarigo barbeğ barbol barboğa barbu
barbulsun bardomiano bardıbay bargan baris barkdoğdu barkdoğmuş barkdurdu barkdurmuş barkın barlas barlıbay
barmaklak barmaklı barnaba barnabé barrett barsaba barsbeğ barsboğa barsgan barsimeo barskan barsurungu bart
bartholome barthélemy bartimée bartolo bartolomea bartolomeo bartolomeu bartu barça barçadoğdu barçadoğmuş
barçadurdu barçadurmuş barçan barçatoyun barımtay barın barış basademir basanti basanyalavaç basar basarab
basat basile basileo basilia basilio basilisse baskın basmıl bassiano bassilla bastiaan bastian bastiano
bastien bastuğrul bastı basu basut bathilde batilda batrak battal battista batu batuhan batuk batur baturalp
baudouin bayankağan bayançar bayat bayazıt baybars baybayık baybiçen baybora bayboğa baybüre baydar baydemir
baydur baykal baykara baykoca baykuzu baylee baymünke bayna baynal baypüre bayrak bayram bayraç bayruk bayrı
bayrın baysungur baytara baytaş bayunçur bayur bayurku bayutmuş bayuttu bayık bayındır bayınçur bazyli bazır
baçara baçman baççayman bağa bağaalp bağan bağatarkan bağatengrikağan bağatur bağaturgerey bağaturipi
bağatursepi bağaturçigşi bağaışbara bağaşatulu bağdagül bağtaş bağış baņuta başak başbuğ başgan başkurt
başkırt baştar başçı beata beato beatrice beatriz beatrycze beaulah bebe becca becky bedir bedirhan bediz
bedran bedreddin bedri begi begil begine begitutuk beglen begni behiç behlül behram behrem behzat behçet bek
bekazıl bekbekeç beker bekeç bekeçarslan bekeçarslantegin bekeçtegin bekir beklemiş bektaş bektür bela belek
belemir belgi belgüc belina belinda bella bellino belma beltir beltramo beltun belçim belçir benedetta
benedetto benedikt benedita benedykt bengi bengü beniamin beniamina beniamino benice benigna benigno benito
benja benjamim benjamín benji benli benlidemir bennett bennie benno benone benoît bente benthe bentley benton
benvenuta benvenuto benyamin benício bera berardo berat berceste berdibeğ berend berendey berengario berenice
berginsenge bergü berinay berkan berkay berke berkin berkiş berkyaruk bermek bernadetta bernadette bernadine
bernard bernardo bernd berneice bernhard bernice bernie berniece bernita beronico berran berre bert berta
bertie bertille bertoldo bertolfo bertram bertrand berva berçin besentegin besim besra bess bessie betemir
bethany betina betsy bette bettie bettye beulah beuve bev beverley beverly bex beyizçi beyrek beyrem beçeapa
beçkem beāte beğ beğarslan beğbars beğbilgeçikşin beğboğa beğdemir beğdilli beğdurmuş beğkulu beğtaş beğtegin
beğtüzün beğçur beşer beşir bhaanumati bhaasvan bhaaswar bhadra bhadrak bhadraksh bhadran bhagavaan bhagirathi
bhagvan bhagwanti bhagwati bhamini bhanumati bharadwaj bharat bhardwaj bhargava bhargavi bhasvan bhaswar
bhaumik bhavani bhaves bheeshma bhilangana bhima bhisham bhishma bhoj bhoopat bhoopati bhooshan bhooshit
bhramar bhudev bhudeva bhupati bhupen bhushan bhushit bhuvanesh bhuvaneshwar biagio bianca bianka bibi bibiana
bibianna bibiano bilal bilgebayunçur bilgebeğ bilgekan bilgekağan bilgekutluk bilgekülüçur bilgetamgacı
bilgetardu bilgetaçam bilgetegin bilgetonyukuk bilgez bilgeçikşin bilgeışbara bilgeışbaratamgan bilgin bilgiç
bilig biligköngülsengün bilik bilva bilwa bilâl binbeği bindir bindo bino birino birjesh birol bishnu biçek
bjarne bjorn björn blair blake blanca blanche blandine blanduzia boaz bobbi bobbie bodhan bodi bogdan bogdana
bohémond boldaz bolmuş bolsun bolun bonagiunta bonaldo bonaventura bonavita boncuk bongul bongulboğa bonifacio
boran boris borlukçu bornak bortolo borys borçul bouchard boyan boyankulu boyd boylabağa boylabağatarkan
boylakutlutarkan bozan bozbörü bozdoğan bozkurt bozkuş bozok boğa boğaç boğaçuk boļeslavs braden bradford
bradley bradly brady braeden brahmaanand brahmabrata brahmanandam brahmdev brajan brajendra brajesh bram
brancaleone brandi brando brandon brandt brandyn brannon branson braulio braxton brayan breana breanna breanne
brenda brendan brenden brendon brenn brenna brennan brennon breno bret brett bria briac brian briana brianne
brice bridget bridgette brielle brieuc brigida brigitta brigitte brijesh brionna brisa britney brittany
broderick brody brooke brooklyn broņislavs bruce bruna brunehaut brunehilde brunilde bruno bruto bryan bryana
bryant bryce brycen brygida bryon brândușa brăduț buchi bucur budak budağ buddhana budhil budunlu buford bukak
bukaktutuk bukola bulah bulak bulan bulaçapan buldur bulgak bulmaz bulmuş buluk bulut buluç buluğ buluş bumın
bunsuz burak burdette burguçan burhan burkay burnice burslan burulday burulgu burunduk burçak butak butuk
buyan buyandemir buyankara buyançuk buyat buyraç buyruk buyruç buzaç buzaçtutuk buçan buçur buğday buğra
buğrakarakağan buşulgan byron bárbara bâki béatrice bénigne bénédicte béranger bérangère bérard bögde böge
bögü bökde böke bölen bölükbaşı bönek bönge börteçine börü börübars börüsengün büdüs büdüstudun bügdüz
bügdüzemen büge bügü bükdüz büke bükebuyraç bükebuyruç bükey büktegin büküşboğa bülent bümen bünyamin bünül
büre bürgüt bürkek bürküt bürlük büğübilge bārbala bănel bıdın bıtaybıkı bıtrı bıçkı bıçkıcı błażej caden
caetana cafer cahid caino caio caitlin caitlyn caius cal calanico cale caleb calebe caleigh cali calista
calixte callie callisto callum calogera calogero calpurnia calum calvin camden cameron camil camila camilla
camille camillien camillo camren camron camryn camylle camélien canalp candace candelario candice candide
candido canel cangül cankan cannur cansel cansın cantemir cantidio canziano capitolina capucine cara carey
caribert caridad carine carissa carla carlee carleton carley carli carlie carlijn carlo carloman carlos
carlota carlotta carlton carmel carmela carmella carmelo carmina carminho carmo carola carolanne carole
carolin carolina caroline carolyn carolyne caronte carponio carrie carroll carson cary cas casandra casey
casian casiana casilda casimer casimir casimira casimiro caspar casper cassandra cassandre cassiano cassidy
cassie cassien cassio cassiopea casto cataldo cataleya catalina catarina caterina cath catharina catharine
catherine cathrine cathryn cathy catinca cato catrin catrina catrinel catullo cauã cavid cayla cazimir ceasar
cebe cecco cecelia cecil cecile cecilia cecilio cecylia cecyliusz cecília cedric cedrick cedrik cedrin celal
celasun celestino celia celil celina celine celinia celso celâleddin cem cemal cemali cemil cenk cerasela
ceren cesar cesare cesario cevahir cevat ceyda ceyhun ceyla ceylan ceylin ceylinaz cezar cezara cezary cezmi
chaanakya chaaruchandra chadd chadrick chaim chaitan chakor chakradhar chakravartee chakravarti chakrika
chanakya chanda chandak chandan chandani chandi chandini chandira chandni chandra chandraayan chandrabhaga
chandrabhan chandradev chandrakala chandraketu chandrakin chandramani chandramauli chandramohan chandran
chandranath chandrani chandraprabha chandraswaroopa chandravati chanel chanelle chantal chapal chapala charak
charlaine charleen charlemagne charlene charles charli charline charlotta charuchandra charumati charuvrat
charvi chasity chaten chatur chatura chaturaanan chaturbhuj chauncey chayenne chaz chelsea chelsey chelsie
cherechi cherubino cheryl chesley chester chet chetan chetanaanand cheyanne cheyenne chiaffredo chiamaka
chiara chidaakaash chidaatma chidambar chidambaram chidananda childebert chilpéric chimamanda chinedu
chinmayanand chinmayananda chinyere chiranjeev chiranjeeve chisom chitraksh chitrali chitramala chitrangada
chizoba chloe chloé chris chrissy christ christa christelle christiaan christiana christiane christiano
christin christina christine christodule christop christoph christophe christopher chrysole chrysostome
chrétien chukwu chyna ciara ciaran cielo cierra cihad cihan cihangir cihanşah cilvenaz cindy cino cinzia
ciprian cipriana cipriano cirano ciriaco cirilla cirillo cirino ciro citlalli civan claas clair claire clara
clarabelle clare clarenzio clarisa clarissa clarisse clark claud claude claudia claudie claudien claudine
claudio claudiu clayton cleandro clelia clemens clemente clementina clemenzia clemmie cleo cleofe cleonico
cleora cleta cletus cleveland clifford clifton climaco clinio clinton clio clodomiro clodoveo cloe clorinda
clotaire clotilde cloyd clyde cléandre clélie clémence clément clémentine cléry coby codin codrin codrina
codruț codruța cody coen cointa coleman coline collien collin colmanno colmazio colomba colombano colombo
colten colton columbus concepcion concepción concetta conchita concordio connor conor conrad consolata
constance constantin constantina constança constanța consuela consuelo cora coralia coralie coraline corbin
corbiniano cordelia cordell cordia cordie corene coreno corentin corentine corina corine corinna corinne
coriolano cornelia cornelio cornelis corneliu cornelius cornell coronato corrado corrine cortez cortney corvin
cosima cosimo cosma cosmina costache costante costantino costanza costanzo costel costin coty courtney coşkun
coşkuner crawford cremenzio crenguța creola crescente crescenzia crescenzio crespignano crin crina crispino
cristal cristaldo cristea cristian cristiana cristiano cristina cristián cristobal cristofor cristoforo
cristopher cristóbal crocefissa crocefisso cronida cruz crystel cullen cumhur cunegonda cuniberto cupido
curtis cuzia cydney cynthia cyprien cyra cyriaque cyrielle cyril cyrille cyrus cyryl cândar cécile cédric
céleste célestin célestine célia célien céline césaire césar côme cübeyr cüneyt călin cătălin cătălina cılasun
daan daantje dacian daciana daciano dacio daevi daevika dafina dafne dafydd dagmar dagmāra dagoberto dai
daiana daija dainuvīte daisha daiwik dakota daksha dakshayani daley dalia dalida dalila dallas dallin dalmazio
damaris damaso damayanti dameon damian damiano damien damilare damilola damin damion damla damocle damodara
damon dana dandak dandapaani dandre dane dangelo dani danial daniel daniela daniele daniella danielle danika
danilo danique daniël danjuma dannie dante danyka daphnee daphney daphné darby daren daria darian dariana
darien darin dario darion darius dariusz darla darleen darlene darnell daron darrel darrell darren darrick
darrin darrion darron darryl darshwana darwin daryl dashawn dasia datta dave davey davi david davide davie
davin davina davino davion davon davonte davud dawid dawson dax dayaamay dayaananda dayaanidhi dayamayee
dayana dayna dayne dayton dağhan deangelo deanna debbie debora deborah debra decebal decimo declan dedric
dedrick deeksha deenabandhu deepali deepan deepankar deependra deepesh deeptanshu deeptendu deeptiman
deeptimay deeptimayee deeptimoy deeptimoyee deevakar defne degna deion deja dejah dejon dejuan delaney delbert
delfina delfino delia delilah delinda delizia della delmer delores delpha delphia delphine demarco demarcus
demario demet demetra demetria demetrio demetris demetrius demetriusz demi demiralp demirhan democrito demond
demostene dena deneval denisa denise deniz denizalp dennis denny deodata deodato deon deondre deontae deonte
dereck derek derick derin deron derviş derya desdemona deshaun deshawn desiderato desiderio desiree desmond
despina dessie destan destany deste destin destinee destiney destini devadatt devagya devajyoti devak devan
devangana devani devante devasree devdan deven devesh deveshwar devi devika devin devonte devota devran
devvrat devyn dewayne dewey dewi dexx dhaanyalakshmi dhana dhanadeepa dhanalakshmi dhananjay dhanapati dhanesh
dhanpati dhanu dhanvin dhara dharani dharitri dharmaketu dhatri dhruv dhyanesh dhyaneshwar diana dianna dianne
dianora dicle diclehan dida didem didier didimo didina diede diego dieke dieudonné dieudonnée digambar
digambara dikmen diksha dilan dilara dilaver dilay dilberay dildâr dilek diler diletta dilhan dillan dillon
dilruba dimitri dimitrina dina dinakar dinesh dinis dinkar dinu dinç dinçer diocleziano diodata diodoro
diogene diogo diomede dion dione dionigi dionisia dionisio dionizy dipali dipankar dipendra dipesh diptendu
direnç diri divaakar divakar divjot divya dizik diāna djayden djenna dochia doda dodato doina dolores dolunay
domenic domenica domenick domenico domenik domezio domingo dominic dominik domiziano domnica donald donata
donatella donatello donato donavon donnell donnie dora dorcas doreen dorel dorian doriana doriane doriano
dorin dorina dorine dorinel dorli dorota dorotea doroteo dorothea dorothy dorothée dorris dortha dorthy doru
dottie doug dougie douglas douwe doyle doğan doğanay doğaner doğu draga dragoș draupadi dron drona druina dua
duane duarte duccio duco ducu dudley duilio dulari dulce dulina dumitra dumitrana dumitru duncan durante durga
durgeshwari durmuş duru dururbunsuz durward dustin duuk duygu dwaipayan dwaipayana dwayne dwight dylan dylano
dzirkstīte dzīle dâver débora désiré döndü dündar dünya dürdane dürriye dāgs dārta dāvids dāvis earlene
earline earnestine easton ebba ebe eberardo ebiere ebin ebiowei ebkızı ebren ebru ebuzer ecaterina ecclesio
ece ecehan ecem ecevit ecmel ecrin ecvet eda edd edda eddi eddie ede edelberga eden edgar edgard edgardo
edgars edhem edil edilberto edison edith editta ediz edmond edmondo edmund edmée edna edoardo eduard eduarda
eduardo eduards edvige edvīns edward edwardo edwin edwina edyta edyth edythe edīte edžus eef eefje eekalabya
efe effie efisio efken eflah efraim efrain efrem efren efsun eftalya eftimia eftimie ege egemen egeo egidio
eginardo egisto egizia egle egīls eileen einar eino einārs eižens ekaaksh ekadant ekaksh ekalavya ekaling
ekaparnika ekdant ekeç ekim ekin ekmel ekrem ela eladio elaide elaina elaine elakshi elanur elbert elda eldon
eldora eldred eldridge elea eleanor eleanora eleanore eleazar electa elena eleni elenor elenora eleonora
eleonore elettra eleuterio elfrieda elfrīda elgin eli elia eliah elian eliana eliane eliano elias eliasz
eliezer elif elifio eligio elijah elimena elin elina eline elinor elinore elio eliodoro elisa elisabeta
elisabeth elisabetta elisaveta elise elisea eliseo elisha elissa elita eliza elizabeth elize elkin ella elle
ellen elli ellie elliot elliott ellis ellsworth elly elmas elmer elmira elmo elmore elmārs elmīra elna elnora
elodia elodie elody elogio eloisa eloise elouise eloy eloá elpidio elroy elsa elsie elta elti elton elva
elvera elvezio elvia elvie elvino elvira elvis elvīra elwin elwira elwyn elynn elyse elyssa elza elçin elísio
elīna elīza elżbieta ema emanoil emanuel emanuela emanuele emanuelly emanuil emced emeka emel emelia emelie
emely emerson emidio emie emil emile emilia emilian emiliana emiliano emilie emilio emily emin emine emirhan
emmalee emmanuel emmanuelle emmelie emmely emmerico emmett emmi emmie emmitt emory empirio emrah emre emrullah
emília emīlija emīls ena enakshi enderun endrigo enea enecone engin enguerrand enid enie enimia enis enise
enna ennio enno enoch enola enos enrica enrico enrique ensar enver enya enzo ephraim eracla eraclide eraldo
eralp erardo erasmo erast eray erberk erberto ercan ercolano ercole ercüment erda erdal erdem erdeni
erdenikatun erdeniözük erdinç erel eremia eren erenia erentüz ergene ergenekatun ergin ergün ergüner erhan
eriberto erich ericka erico erik erika erin erinç erke erkâm erkân erling erma erman ermanno ermelinda ermen
ermenegarda ermenegilda ermenegildo ermes ermete ermilo erminia erminio ermīns erna ernest ernesta ernestina
ernestine ernesto ernestīne ernie erol ersilia ersin ertan erten ertenözük ertuğrul ervin ervīns erwin eryn
erçin erşan esat esaù esen esenbike eser esha eshana eshita esin esma esmee esmeralda esmeray esmée esperanza
esra essie esta esteban estefania estel estela estell estella estelle estera esterina estevan esther estrella
esuperio eterie etha ethan ethel ethelyn ethem etienne etil ettie ettore eubert euclide eudes eudokia eudoksja
eudora eudoxe eudoxie eufebio eufemia eufemio eufrasia eufronio eufrosina eugen eugene eugenio eugeniusz
eugène eugénie eula eulah eulalia eulalie euna eunice euphrasie euridice eusebia eusebio eusebiu euseo
eustache eustațiu eustorgio eustosio eustracjusz eusèbe eusébie eutalia eutalio eva evaldo evalyn evan evandro
evangelina evangeline evanghelina evans evaristo evasio evelien evelin evelina eveline evelyn evelīna everardo
everett everette evi evidio evie evin evodio evran evremondo evren evy evşen ewa ewald ewelina ewell eyiz
eylül eymen eyüp eyşan ezechiele ezekiel ezequiel ezio ezra ezrak eğrim eşref fabia fabian fabiana fabiano
fabien fabienne fabio fabiola fabiënne fabrice fabrizio fabrícia fabrício fadime fadıl fahrettin fahri fahriye
fahrünissa falba falk famiano famke fannie fantin fantine farah fardau faris faruk fasih fatih fatima fatin
fatma fatoş fausta faustine faustino fausto favian faya faye fayen fayenne faysal fazilet fazio fazlı fazullah
fazıl febe feda fedai fedde fedele federica federico fedro fehime fehmi felice feliciano felicita felicitas
feliks felina felipa felipe felix felton felícia femke femm fenja fenna fenne ferah feramuz feramuş feray
ferda ferdi ferdinand ferdinando ferdynanda ferhan ferhat feride feridun feriha ferit ferman fermiano fermin
fermo fernanda fernando ferne ferre ferruccio ferruh festo fevzi feyyaz feyza feyzullah fiammetta fidan fidel
fidenziano fidenzio fidèle fieke fien fiene fiep fiete figen fikret fikri fikriye filemon filiberto filip
filipa filipe filippa filippo filiz filofteia filomena filomeno filou finia finja finlay finley finn finnja
finnley fiodor fiona fiordaliso fiore fiorella fiorenza fiorenziano fiorenzo firdevs firmin flaminia flavia
flaviana flaviano flavie flavien flavio flaviu fleano fleta fleur flo floare floarea flodoard floortje flore
florea florencia florencio florencja florent florentin florentina florența florestan florian floriana floriano
florica florida floridia florie florina florine floris floy floyd flynn foca folco forrest fortunata fortunato
fortuné fortunée fos fosca fosco foulques fran franca france frances francesca francesco francette francia
francine francis francisc francisca francisco francisque franciszek franciszka franka frankie franz franziska
françois françoise fred freda freddie freddy frederic frederica frederick frederico frederik frederike
frederique fredrick fredy freeda freek freida frenkie freya frida frido frieda friederike friedrich
frontiniano frusina fryderyk frédéric frédérique frīda fuat fulbert fulberto fulcran fuldem fulden fulgence
fulgenzio fulvia fulvio fulya funda funmilade funmilayo furio furkan furkân furman furseo fuscolo fuzuli fynn
fábio fâlih félicie félicité féline félix füreyya füruzan füsun gabe gabi gabin gabino gabriel gabriela
gabriele gabriella gabrielle gabriël gael gaetano gaffar gaglioffo gaia gail gaio gajaadhar gajabahu gajadhar
gajbaahu galdino galeazzo galfryd galileo gallicano gamze ganak ganaka ganapati gandharv gandharva gandolfo
ganesh gangesh garance gardner garett garfield garimberto garnett garnier garrett garrick garry garud gary
gaspar gaspard gaspare gaston gastone gati gatien gatik gaudenzia gaudenzio gaudino gauraang gaurang gauranga
gautam gautama gautami gautier gautiero gavin gavino gayatri gaye gayle gazanfer gazi gaël gaëlle gbeminiyi
gbemisola geanina gedeon gedeone geeta geetanjali gelin gelincik gelsomina geltrude gelu gemine geminiano
gencer generosa generoso genesia genesio genevieve geneviève gennaro genoveffa genoveva genziano gențiana
geoff geoffrey geoffroy geordie georg george georgel georges georgeta georgia georgian georgiana georgianna
georgie georgina geovanni geovanny geovany gerald geraldine gerard gerardo gerasimo gerazym gerberge gerbert
gerda geremia gerhard gerino germana germano germán gerolamo geronzio gerrit gerry gerson gertruda gertrude
gervais gervasio gesualdo gevheri ghanaanand ghanashyam ghanshyam ghenadie gheorghe gheorghiță gherardo
gherghina ghislain ghita ghiță gia giacinta giacinto giacobbe giacomo giada giadero giambattista gian
gianbattista giancarlo giandomenico gianfranco gianina gianluca gianluigi gianmarco gianmaria gianmario gianni
gianpaolo gianpiero gianpietro gianuario giasone gicu gică gideon giel gigi gigliola gijs gil gilberto gilda
gildo giles giliola gilles gillian gillo gina gineto ginevra ginewra gino gioacchina gioacchino giobbe
gioberto gioconda giocondo gioele gioia giona gionata giordano giorgia giorgian giorgiana giorgio giosuele
giosuè giotto giovani giovanna giovanni giovanny giove gioventino giovenzio girardo girart giray giri girija
girik girika girindra giriraaj giriraj girish girja girolamo gisella gislebert gisselle gisèle gita gitanjali
giuda giuditta giulia giuliana giuliano giulio giulitta giuseppa giuseppe giuseppina giusta giustiniano gizem
gladyce gladys glauco glenda glenn glenna glennie gobinda godeberta godfrey godiva goffredo golda golia
gomberto gonca gondebaud gondulfo gonerio gonsalwy gonthier gontran gonzaga gonzague gonzalo gonçalo gopaal
gopal gopee gopi gorakhanatha gorakhnath gordiano gordon gosto goswamee goswami gottardo gotum gouranga goutam
govinda gracie graciela graciliano gracja grady granville grato grayce grayson grazia graziana graziano
graziella grațian grațiana grațiela greg gregg gregor gregoria gregorian gregorio gregory greta gretchen
greyson grigore grimaldo griselda grover grzegorz grégoire guadalupe gualberto gualtiero gudakesa gudakesha
gudrun gudrīte guelfo guenda guendalina guenièvre guerrino guglielmo gui guiberto guido guilhemine guilherme
guillaume guillemette guillermina guillermo guiscardo guiseppe gumesindo gundelinda gunnar gunārs gurdev
gustav gustave gustavine gustavo guus guusje guérin gwen gwenaëlle gwendolyn gwido gédéon gérard géraud gökalp
gökben gökbörü gökmen göknur gökçe gökçegöl gökçen gökçiçek gökşin gönenç göngör gönül görkem görün gözde
gúbio güher gül gülbahar gülben güldem gülden güldeste gülegen gülemen gülen güler gülgün gülhan gülnaz
gülpembe gülriz gülsen gültekin gülçin gülümser gülşen gümüş gün günay gündoğdu gündoğmuş güner güneş güngör
güniz günnur günsel günseli günyaruk günçiçek gürbüz gürcan gürdal gürhan gürkan gürol gürsel güven güvenalp
güvercin güzey gıyas habbab habib habiba habil hacib hadley hafi hafid hafsa hafız hagen hailee hailey hailie
hakan hakem haki hakkı hal haldun haleigh haley halie halil halim halit halle hallie haluk hamdi hamdullah
hami hamish hamit hammâd hamsini hana handan hande hanefi hani hanna hannah hanne hannes hanno hans haralamb
haralambie harald hardouin hari harinakshi harinarayan harit harita harley harmon harold harriet harrison
harun harvey hasan haseki hasibi hasin haskell hassan hassie hatip hattie hattâb hauke hayal hayali hayat
hayati haydar hayden haylee hayley haylie hazar hazle hazım haşim haşmet heber heema heidi hein heitor helen
helena helene helga helin hellen heloise heloísa helēna henderson hendrik hendrika hennes henri henrick
henrieta henrietta henriette henrik henrike henrique henryk henryka heracleea herbert herluin herman hermann
hermenegildo hermina hermine herminia herminio hermīne hernán hershel herta hertha hervé hester hicabi hidaya
hidde hieronim hikmet hilaire hilal hilario hilarion hilary hilbert hilda hildebert hildegard hillard hillary
hilma hilmi hilton himadri himani himmet hincmar hipolit hipolito hippolyte hira hiram hiranmay hiranmaya
hiranya hişam hobart hollie hollis homero honorine honoré horace horacio horacy horațiu horea horia hortense
hortensia hosea houston howard howell hoyt hubert hud hudson hugh hugo hugues huguette hulda hulki hulusi
humberto hurşit hussein huub huzeyfe hyman hâdi hâlis hâtem hédelin hélier hélio héloïse hélène hüccet hüdayi
hüdâvendigâr hülya hüma hümayun hümeyra hüner hürkan hüsameddin hüsamettin hüseyin hüsnü hüsrev hıfzı hızır
iacob iacopo iacopone iago iain ian iancu ianira ianis iasmina ibrahim ica icaro icie icilio ida idell idella
ido idris ieremia ifeanyichukwu ifeoma ifunanya iginia iginio igino ignacio ignacy ignatius ignazio igor ike
ikenna ikhidie ila ilaria ilarie ilario ilarion ilay ilayda ilaçın ilda ildebrando ildefonso ildegarda
ildegonda ileana ilene ilenia ilgmārs ilgın iliana ilias ilie ilinca ilja illidio ilmārs ilona ilse ilva ilyas
ima imani imelda imke immacolata immacolato immanuel imogen imogene imran ina inanç inara inaya incoronata
inder indira indra indriķis indro indy ines inez inga ingmārs ingrīda ingūna inka innocente innocenty
innocenza innocenzo inocențiu inès inés inês ināra inārs ioan ioana ioanina iolanda iole iona ione ionel
ionela ionelia ionică ionne ionuț iorio iosefina iosif ippocrate ippolito ira irem irena irene ireneo ireneusz
ireti iride iridenta irina irinel irma irmak irmina irvin irving irwin irène irēna isa isaac isabeau isabela
isabell isabelle isabelly isac isacco isadora isadore isai isaia isaiah isaias ischirione ise iseult iside
isidora isidore isidoro isidro isioma isis isla ismael ismaele ismail ismérie isobel isom isotta isra israel
issac isık isığ italia italo itri itzel itır iulia iulian iuliana iuliu iurie iustin iustina iustinian iva
ivah ivan ivano ivanoe ivar iven ivetta ivo ivona ivone ivonne iván iyık iyıktağ izaak izabela izabella izaiah
izajasz ize izolda izydor izzy işık işıl işılay işın işıner işığ i̇brahim i̇clal i̇dil i̇dris i̇ffet i̇hsan
i̇hvan i̇kbal i̇keme i̇kiçitoyun i̇krime i̇layda i̇lbey i̇lbilge i̇ldike i̇lgegü i̇lhami i̇lhan i̇lkay i̇lkben
i̇lke i̇lker i̇lknur i̇lksen i̇lkyaz i̇lyas i̇mge i̇mran i̇mrem i̇nci i̇nç i̇pek i̇rem i̇rfan i̇rinç i̇rinçköl
i̇rtiş i̇smail i̇smet i̇til i̇zel i̇zzet i̇zzettin jabari jace jacey jacinto jackeline jackie jacklyn jackson
jaclyn jacob jacoba jacobo jacqueline jacquelyn jacques jacqui jacynthe jada jaden jadesola jadon jadwiga
jadyn jaeden jaelynn jagadish jagadisha jagathi jagdeep jagdish jagmeet jahnu jaida jaiden jailey jailyn jaime
jaimini jaimy jairo jaivey jakayla jakob jakub jakubina jale jaleel jalen jalon jalou jalyn jamaal jamal jamar
jamarcus jamel jameson jamey jamie jamil jamila jamir jamison jammie jan jana janae janaína janek janelle
janessa janet janeta janey janice janick janie janin janina janine janis janiya janna janne jannek jannes
jannie jannik jannis jano janosch janusz jany janīna japhet jaquan jaquelin jaqueline jara jared jaren jari
jarne jarno jarod jaron jarrell jarret jarrett jarrod jarvis jas jasen jasmijn jasmina jasmīna jason jaunita
jautrīte javi javier javon javonte jax jaxon jaxx jaya jayce jayda jayde jayden jaydon jaylan jaylano jaylen
jaylin jaylinn jaylon jayme jayne jayson jayvano jazlyn jazmin jazmyn jazmyne jazzlyn jazzlynn jeana jeanie
jeanne jeannel jeannette jeannie jeannot jed jedediah jedidiah jefferey jeffery jeffrey jeffry jefta jehanne
jella jelle jelmer jelte jem jen jena jenel jenifer jenna jenni jennie jennifer jennings jennyfer jens jensen
jente jeppe jerad jerald jeramie jeramy jerel jeremi jeremiah jeremias jeremiasz jeremie jeremy jermain
jermaine jermey jerod jerome jeromy jerrell jerrod jerrold jerzy jerónimo jesper jessica jessika jesslyn
jesslynn jessy jessyca jesús jett jette jettie jevgeņijs jevon jewell jidde jil jillian jim jimi jinte jinthe
jip jitender jitendra joachim joah joan joana joanie joann joanne joannie joanny joany joaquim joaquin joaquín
joas jocelyn jocelyne jodi jodie jody joel joelina joeline joelle joep joesph johan johann johanna johathan
johnathan johnathon johnpaul jojo jolayemi joleen jolie jolien jolijn jolin jolina joline jon jona jonah jonas
jonatan jonathan jonathon jonna jonny jonte joost jop jordane jordi jordon jordy jordyn jorge joris jorn
jorrit jort joscha joschua jose josef josefa josefien josefin josefina josefine josep josephin josephine
joshua joshuah josiah josiane josianne josie josse josselin josua josue josué josy josé joséphine jourdain
jovan jovani jovanny jovany joya joyce jozue joão joël joëlle juan juana juanita juda judah judd jude judicaël
judith judson judyta judīte jula julan jule jules julia julian juliana juliane julianne julide julie julien
julieta juliette julika julina julio julita julius juliusz juliëtte juna junayd june junius juno jur juri
jurre jurģis juste justen justin justina justine juston justus justyn justyna justīne juul juwan jyoti jyotis
jyotsana jérémie jérôme jéssica józef józefina júlia júlio jānis jāzeps jēkabs jūlija jūlijs jūsma kaan kabil
kacey kaci kacie kacper kadem kaden kader kadin kadir kadrican kadriye kadı kaela kaelyn kaia kailash kailee
kailey kailyn kaitlin kaitlyn kaj kaja kaleb kaleigh kalender kaley kalinda kalistrat kalle kallie kalpana
kalyani kamalesh kamber kamelya kameron kamile kamille kamla kamlesh kamran kamren kamron kamryn kamuran kanak
kanchan kancı kanishka kannan kannen kanti kançı kapgar karaca karahan karak karam karan karaça kareem karelle
karen kargılaç kari kariane karianne karim karina karine karl karla karlee karley karli karlie karlijn karlo
karlotta karlıgaç karol karolann karolina karoline karson karthik kartik karunanidhi karīna kasandra kasey
kashyap kashyapi kasper kassandra kasım katarina katarzyna kate katelin katelyn katelynn katharina katharine
katherine katheryn kathleen kathlyn kathrin kathryn kathryne kathy katie katja katlyn katlynn kato katrin
katrina katrine katrīna kattie katun katunkız kavon kaya kayaalp kayacık kayaçık kaycee kayden kayla kaylah
kaylee kayleigh kayley kayli kaylie kaylin kaynak kayode kayra kayça kazanç kazimierz kazkatun kağan keagan
keano keanu keara keaton keegan keeley keely keenan keerti kees keira keith kekik keklik keleş kellen kelley
kelli kellie kelsi kelsie kelton kemalettin kemi kemâl kenan kendall kendra kendrick kenji kenna kennedi
kennedy kenneth kennith kenny kensi kenton kenya kenyatta kenyon kenza kenzo keon kepez keramet kerami kerem
keremşah kerim keshaun keshawn kesme keven kevin kevon kevser keyken keyon keyshawn kezlik keşşaf khadija
khalid khalil kian kiana kianna kiara kiarra kiel kiera kieran kiki kilian kim kimberley kimberly kimi kira
kiran kiraz kirsten kirstin kirti kjeld kjell klaas klara klarencjusz klaudia klaudiusz klemens klementyna
kleopatra kléber klāra klāvs kobe koby kody koen kolby kole konrad konrāds konstancja konstantin konstanty
konstantyn konstantīns kopano koralia koray korbin korbinian korey korinna korkut kornel korneli kornelia
korneliusz kory kraig krijn krishna krishnadas krishnadasa krista kristen kristi kristian kristie kristin
kristina kristine kristiāna kristiāns kristofer kristoffer kristopher kristy kristīne krišjānis krišs krystal
krystel krystian krystina krystyna krzysztof ksawera ksawery ksenia ksenofont kubat kubilay kubra kubura
kuddusi kumar kumru kumuda kurt kurtis kutbettin kwintyn kyan kyano kyara kyla kylee kyleigh kyler kyra kâmil
kâzım köksal kürşad kārlis kımız kımızalma kımızalmıla kımızın kırgavul kırlangıç kırçiçek kısmet kıvanç
kıvılcım kıymet kızdurmuş kızılalma laal lachlan ladarius ladislao ladislau lafayette lai laila laisha
lakshman lakshmi lakshmidhar lakshminath lal lale lalita lamar lamberto lamih lamont lancilotto landen
landolfo landry laney lanfranco lapo lara larisa larissa laron larry larue larysa lascăr lasse latif latife
latoya laurane laure laureen laureline lauren laurence laurencja laurencjusz laurens laurent laurentino
laurenty laurentyna laurenz laurenția laurențiu lauretta laurian lauriane laurianne lauriano laurie laurin
laurine laury lauryn laurène lautone lavada lavanya lavern laverna laverne lavina lavinia lavinio lavon
lavonne lavínia lavīze lawrence lawson laxman laxmi layla layne lazare lazaro lazzaro lazăr leah leana leander
leandra leandro leann leanna leanne leatha leda leela leendert leif leigh leila leilani lela lelah leland
lelia lemide lempi lemuel len lena lene leni lenia lenja lenn lenna lennard lennart lenne lennert lennie
lennon lennox lenny lenora lenore lenya leo leola leon leona leonard leonardo leonel leonhard leoni leonia
leonid leonida leonidas leonie leonilda leonio leonor leonora leontin leontina leontīne leonzio leonīda
leonīds leopardo leopold leopoldina leopoldo leora lera leroy lerzan lesley leslie lesly lessie lester leta
letha leticia letitia letizia letiția letterio letícia leufroy levent levi levke lewin lexi lexie lexus leyla
lia liah liam lian libbie libby liberata liberato liberatore liberio liberto liboria liborio libère licia lică
lida lidania lidia lidio lieke liene lieto lieuwe ligia lila lili lilia lilian liliana liliane lilianna lilith
liliāna lilla lilli lillian lilliana lillie lilly lilou lilyan lina lincoln linda linde lindsay lindsey linne
linnea linnie linus linwood lio lioara lisa lisandro lisann lisanne lise liselotte lisette litzy liv liva
livia liviana livino livio liviu livvy liya liyam liyana liz liza lize lizeth lizz lizzy liétald liāna
llewellyn lloyd loa lodovica lodovico loek loes loet lois lol lola lolade lolita lon london longin lonie
lonnie lonny lonzo lora loraine loredana loreen lorelei lorella loren lorena lorene loreno lorenz lorenza
lorenzo loretta lori loriana lorin lorine lorna lorrain lorraine lothaire lott lotta lottie loua louay louisa
louise lourdes lourenço louvenia lova lowell loyce loïc loïs luan luana luc luca lucas lucca lucențiu lucia
lucian luciana luciano lucie lucien lucienne lucile lucilla lucille lucinda lucio lucious lucius lucja lucjan
lucrezia lucreția lucrețiu lucy lucía ludano ludie ludivine ludmila ludolphe ludovic ludovica ludovico ludwig
ludwik ludwika lue luella luena luigi luigia luis luisa luise luiz luiza luk luka lukas lula luminița luminosa
lungelo lupe lura lurline luther luuk luus luzie luís luísa luīze lya lyda lydia lydie lyla lyle lyn lynda
lynette lynn lynne lysanne léa léandre léna léon léonard léonie léonne léopold léopoldine lívia lütfi
lütfullah lāsma lăcrămioara lība līga līksma līna līva līvija līze lūcija maad maaike maan maarten maartje
mabel mabelle mable macaire macaria macario maccabeo macey maci macie mackenzie macy madalena madaline madalyn
maddalena maddie maddison maddox maddy madelief madeline madelyn madelynn madhuri madie madilyn madisen
madisyn madita madleen madlen madyson maegan maeve mafalda maffeo magali magda magdalena maggiorino magno
maguelone mahaut mahendra maher mahesh maheswar mahir mahmut mahzun maia maica maida maike mailin maiorico
maira maitê maiya maja makary makayla makenna makenzie makinwa maksim maksud maksym maksymilian malachi malati
malco malcolm malena malia malika malin malina malinda mallaury mallie mallory malo malou malte malti malvina
malvīne malwina mamante mamert manassé mancio manda mandaakin mandakini mandy manel manetto manfredo mangala
mangalya manik manikya manilio manisha manjusha manley manlio manoah manoj manole manon mansueto mansur manu
manuel manuela manuele marana marceau marcela marceli marcelin marcelina marceline marcelino marcelle marcello
marcellus marcelo marcheta marcia marciano marcin marco marcos marcu marcus mareike marek maren mareta marga
margaret margareta margarete margarett margaretta margarette margarida margherita margie margot margret mariah
mariam marian mariana mariane marianna marianne mariano maribel marica maricarmen maricica marie marieke
mariela mariella marielle marietta marijn marika marilena marilie marilou marilyn marilyne marilú marin
marinela marinella marinetta marino marinus mario marioara marion marisa marisol marissa marit marita maritza
marius marjolaine marjorie marjory marko markus marla marlee marleen marlen marlena marlene marley marli
marlie marlo marlon marlène marolo marrit marsha marta martha marthe martim martina martine martino marty
martyna martín marut maruta marvin marwa marwin maryam maryann maryna maryse marzia marzio maría marģers
massima massimiliano massimo matei mateo mateus mateusz matheus mathew mathias mathijs mathilda mathilde
mathis mathurin matias matilde matis matroniano matteo matthew matthias matthieu matthijs matthis matti mattia
mattis matty matylda matz matīss maude maudie maugis maura maureen maurice mauricette mauricio maurilio
maurine maurits maurizio mauro maurycy maxellende maxence maxie maxime maximilian maximilien maximillia
maximillian maximo maxine maybell maybelle maye mayeul maymie maynard mayoor mayra maysa mayson mayte mazhar
mazie małgorzata mckayla mckenna mckenzie meagan meaghan meda medardo medine medoro meena meenakshi megan
megane meggie meghan meghnad meghnath mehmet mehtap meik meike meire mekhi melania melanie melanio melany
melchiade melchior melchiorre melda melek melezio melih melike melikşah melina melinda melis melisa melissa
melitina melle mellie melodi meltem melvin melvina melyna melyssa memduh menaka menardo mence menelao meneo
menka menno mennone menodora meral mercede mercedes mercurio meredith merih merijn meriç merritt mert mertie
merve mervin meryem messalina mestan mesut metello metin metrofane mette mevlüt mex meyra mia micael micaela
micah micha michaela michale michalina michaël michał micheal michel michela michelangelo michele michelle
michèle midas mieke miguel mihaela mihai mihail mihnea mihriban mik mika mikail mikayla mikel mikey mikhail
mikki mikołaj mila milan milana milano mildred milena miley milford milla milly milou milton mimma minakshi
mindy minerva minervina minervino minodora mio mioara mira mirabela mirac miran miranda miray miraç mircea
mirco mireille mirela mirella mireya miriam mirja mirkelam mirko mirocleto miron mirona mirre mirta mirte
mirthe miruna misael misaele misbah missouri mitchel mitchell mithat mitică mitruț mittie miķelis modesta
modesto modrīte mohamed mohammad mohammed mohan mohana mohinder mohini moises moisés mojżesz monaldo monalisa
monica monika monique monitore monroe monserrat monserrate montana monvīds morena moreno morgana morgane
moriah moritz morten mortimer morton moshe mosè moussa mozell mozelle moïse moïsette mpho muammer muaviye muaz
mudīte mugur mugurel muhammad muhammed muharrem muhsin muhtar muhterem muhteşem muhyiddin mukadder mukaddes
mukesh muktedi muktedir muktefi mukul murat muriel murilo musa muslih mustafa mutahhar mutasım muteber mutemed
muttalib muyiwa muzaffer muziano mya myah myla mylan mylene myles mylo mylène myra myriam myrl myrna myron
myrthe myrtice myrtie myrtis márcia mário médéric mégane mélanie mélisande mélissa mélissandre mélodie mércia
mérovée mónica müesser müfid müge müjdat müjde müjgan mükerrem mümtaz münevver münir müren müzdad müşir māra
mārcis māris mārtiņš mārīte mădălin mădălina mălina mărioara măriuca mētra mısra nabi naci nadi nadia nadine
nadja nadzieja nadège naemi nafiz nagabhushanam nahid nahil naim nakia nalan nalini namazio namık nanda naomi
naomie naoufal naoufel napoleone narayan narcis narcisa narciso narcisse narendra narinder narseo narsete nash
nasir nasrullah natale natalia natalie natalina natan natanael nataniel natasha natașa nate nathalie nathan
nathanael nathanaël nathanial nathaniel nathen natália naud naudet naveen navin nawal nayeli naz nazan nazario
nazariusz nazary nazif nazlı nazmi nazzareno nazzaro nazım necat necati necdet nechifor necib necla necmettin
nedim nedra neeltje neha nehir neil neiva nejat nela nelda nele nell nella nelle nelli nels nelu nena neo
neoma neopolo neoterio nerea nereo nergis neri nesim neslişah nesrin nestore neva nevin nevio nevra nevzat
neşet nia nicarete nicea niceforo niceto nicezio nichifor nicholas nicholaus nichole nicklaus nickolas nicky
nicla niclas nico nicoară nicodemo nicodim nicola nicolae nicolai nicolaie nicolas nicole nicoleta nicoletta
nicolette nicolás nicolò nicu niculina niculiță nicușor nicuță nicéphore nida nidia niek niels niene nienke
nigar nigel nihal nihan nihat nika nike nikita nikki nikkie nikko niklas niklāvs niko nikodem nikola nikolai
nikolas nila nilde nilgün nimit nina ninfa niniano nino ninthe niranjan nirbhay niro nisa nisan nives niyazi
nizamettin nnamdi noa noam noami noan noe noelia noemi noemie noemy nola nolan nomi noor noortje nora norah
norbert norberto nore norene norica norina normand norris norval norwood nostriano noud nour nouri novan novi
nowi noè noé noémie noë noël noëlla noëlle nqobile nthabiseng nuccia numan nuno nunziata nunzio nural nuran
nurettin nurgül nursel nurseli nurullah nusret nya nyah nyasia nynke néhémie núbia núria nükhet oana obie
obioma oceane ocie octav octavia octavian octaviana octavio octaviu océane oddone odell oderico odessa odetta
odette odidone odie odile odilia odilon odin odon odorico ofelia ofélia oger ojaswini ojārs okan okey oktay
okşan ola olaf olaide olcay oleg olen oleta olga olimpia olimpian olimpio olimpiu olin olinda olindo olivia
olivier oliviera oliviero oliviu oliwia oliwier olly olufunmi olumide oluwunmi olympe olívia olīvija oma omana
omar omari omawunmi ombline ombretta omero omolara ona ondina onesta onesto onofrio onome onorata onorina
onorino onorio onoriode onufry onur oormila opalina ophelia ophélie oran orazio orchidea oren orenzio oreste
orestes orfeo orhan oriana oriande oriane orie orietta orin orio orion orland orlando orlane orlo ornella
oronzo orpha orrin orsino orso orsola orsolina ortansa ortensia ortensio orville osanna osbaldo osborne oskar
osman osmondo osvaldo oswald oswaldo otello otha otho otilia otis ottaviano ottavio ottilia ottilie ottis
ottone otīlija oumayra oury ovidio ovidiu owen oya ozan ozana ozanne ozella oğuz oğuzhan oļegs oļģerts pablo
paciano pacifico pacomio pacôme paige pakize palatino palladio palma palmazio palmira palémon pamela pamfil
pammachio panagachie panait pancario pancrazio panfilo pankracy pantaleo pantaleone paola param paramartha
paraschiva pardo paride parla parmenio parvati pascale pasquale paterne paterniano patrice patricia patricio
patrizia patrizio patroclo patrycja patrycjusz patrycy patryk patrīcija patti paula paule paulette paulica
paulina pauline paulo paulīne pauside pavel paweł paxton payidar payton pearlie pearline peggie pelagia peleo
pelin pelinsu pelle pellegrino pembe penelopa penelope pepe pepijn perceval percival percy pericle perihan
perla perran perrine perseo pertev perver pervin pete petek petra petrică petrișor petronela petronilla
petronio petru petruț petruța peyami peyton phil phileine philibert philine philip philipp philippa philippe
phillip philomène philothée philou philémon phyllis pien piera pierangelo piergiorgio pierluigi piermarco
piero pierre pierrick piersilvio pieter pietro pim pio piotr pippa pippo piraye pius placida placido platon
platone pleun plinio plutarco pola polidoro polifemo polikarp polissena pollione pompeo pompilia pompiliu
pomponio ponziano ponzio poornima porfirio porfiriusz porfiry porzia porziano postumio pramila pran pranay
prasad prasanna prassede prathamesh prayag preity prema presley preston priamo primerose prisca priscilla
priscille prisco privato priya priyala procopio profira prokles prokop prokul proserpina prospera prospero
protasio proteo providenci prudenzia prudenzio publio puk pulchérie puneet pupolo purnima purushottam pushti
pusicio pécine pélagie pénélope pépin pétronille pío pārsla pāvils pătru pēteris pınar quartilla quasimodo
quentin quentine querano quieta quincy quinn quinten quintia quintiliano quintilio quintino quinton quinty
quinziano quinzio quirin quirino quiteria quiéta rabia rachael rachel rachela rachele rachelle rachid raci
rada radha radolfo radu rae raegan raf rafael rafaela rafaël rafał rafet raffaele raffaella rafila rageshwari
rageswari raheem rahel rahim rahime rahmi rahsaan rahul rahşan raide raif raimondo raina rainaldo rainelda
rajan rajendra rajinder rajiv rajmund rajnold rakesh rakıp raleigh raluca ramaa ramazan ramesh rameshwar
ramiro ramiz ramon ramón randal randall randi randolf randolph rania raniero ranjeet ranjit ranolfo raoul
raphael raphaelle raphaël raphaëlle rapulane raquel rareș rashad rashawn rasheed rasheedah rasim rasmus rati
rauf raul ravi rayan rayen raymond raymonde raymundo raúl raşit reagan reanna reba rebeca rebecca rebeka
rebekah rebekka recai recep reece reese refah refet refik regan reggie reginald reginaldo regnārs regolo
regīna reha reid reilly reina reine reinhold relu remigio remilekun remington remo remondo remus remzi renata
renato renaud rene renee rengin renske renzo rené renée renārs renāte respicio ressie resûl resül reta retha
retta reuben reva revi rey reybaud reyes reyhan reymundo reyna reynold reza rezzan reşat rhett rhianna
rhiannon rhoda rhonda riana rica ricardo ricario riccarda riccardo richard richelmo richie richmond rickie
ricky rico rieke rifat rigoberto rike rina rinaldo rino rita ritesh riv ričards robaldo robb robbie robby
robert roberta robertina roberto robyn rocco rochelle rocio rocío roddy roderick roderyk rodger rodiano rodica
rodney rodolfo rodolphe rodrick rodrigo rodrigue roel rogelio rohan rohana rohit roksana roland rolande
rolando rolfo rollin romain romana romane romanița romee romero romeu romilda romina romoaldo romola romolo
romuald romualdo romulus romy roméo romāns ron ronald ronaldo ronan ronja ronny roosevelt rosa rosalee rosalie
rosalind rosalinda rosalyn rosamond rosamunda rosanna rosario roselin roseline roselyn rosemarie rosendo roser
rosetta rosie rosina rosita roslyn rosmunda ross rossana rossella rossie rotimi rowena rowland roxana roxane
roxanne roxelana roxy roy royce roza rozalia rozella ruben rubiano rubie rubye rubén rudolf rudolph rudra rudy
rudīte rufina rufino rufo rufus ruggero ruhsar rui rukhmani rukmin rupert ruperto rupinder russ russell ruta
ruthe ruthie rutilo ruxanda ruxandra ryan ryann ryder rylan rylee ryleigh ryley ryszard régine régis réjean
réjeanne rémi róża rúben rükneddin rüya rüçhan rüştü răducu răzvan rıdvan rıfat rıfkı rıza rūdis rūdolfs
rūsiņš rūta saar saba sabato sabazio sabele sabina sabino sabri sabrina sabryna sabīne sachin sacid sadberk
sadettin sadie sadri sadullah sadye sadık safa safae saffet saffiro saffo safira safiya safouan safouane safta
sahra saige saladino salih salim sallie salma salome salomea salomon salomone salomè salomé salomë salustio
salvador salvatore salwator samanta samantha samed sameer sami samia samih samim samir samira sammie samona
samson samuel samuele samuël sanda sandra sandrine sandro sandu sanem sanford sanja sanjay sanka sanna sanne
sansone santa sante santiago santina santino sanya saphira sapiente sara sarada sarah sarai sarala saraswati
sarbello sare sarina sarisha sarla sarmīte saroja sarvin sascha sasha saskia satish saturniano saturnino
satyen saulcerīte sauveur sava savanah savaş saverio saveta savi savina savinien savino savion scarlett
scholastique schuyler scolastica scott scotty seamus seb sebas sebastiaan sebastian sebastiana sebastiano
sebastião seconda secondiano secondina seda sedat sedef seden sedrick sef seff sefora seher sekinat selahattin
selami selda selen selena selene selim selin selina selma selmer selvaggia selvi selçuk sem sema semenica
semih semiramide semplicio sempronio semra senay senesio senn senne senofonte sep sepp seppe serafina serafino
serap serapione serbülent seren serena sergen sergi sergio sergiu sergiusz serhat sermet serpil sertap sertaç
servidio serviliano sesto seth settar settimio settimo sev seval sevda severa severiano severin severina
severino severo sevgi sevil sevim sevinç sevtap seweryn seyfettin seyfi seyfullah seyyit seçil seçkin shaina
shakira shakti shakuntala shalewa shana shane shanel shanelle shania shanie shaniya shankar shanna shannon
shanon shantanu shany sharda shari sharmila shashi shashikala shaun shawna shaylee shayna shayne shaz sheela
sheldon shelia shelley shemar sher sheri sheridan sherman sherri sherwood sheryl shirley shivakari shobhana
shresth shresthi shreya shreyashi shridevi shrishti shubha shubhaprada shwet shyann shyanne sibel sibilla
sibylle sico sicuro sid siddarth siddhran sidney sidoine sidonia sidonio siebe siem siep sigebert sigfrido
sigismond sigismondo sigmund sigrid sigurd sil silas silja silke silvana silvano silverio silvestro silvia
silvian silviana silvio silviu silvère simeon simeone simge simina simion simisola simon simona simone
simonetta simão sina sinan sinem sinesio sinfronio sinică sinja sireno siria siriano siricio sirineu sirio
siro sisto sitara sixtine siënna sjoerd sjors skaidrīte skye skyla skylar sloka smaranda smeralda smilla smita
sname soccorso socrate sofia sofie sofronia sofía solange soledad soline solocone somnath somu songül sonia
sonja sonya soof sophia sophie soraia sorana soraya sorin sorina sostene sosteneo sostrato spano spartaco
speranza speranzio speranța spirydion spīdola stacey stacy stan stana stanca stancu stanford stanislao
stanislas stanisław stanley stanton stef stefan stefania stefanie stefano steffen stelian steliana steluța
steph stephan stephania stephanie stephany stephen stephon sterre steve stevie stewart stijn stiliano stina
stiriaco stu stuart stéphane stéphanie suat subhash subhashini subhasini subhi subodh sucheta sude sudeva sudi
sujata sukanya suma suman sumayyah sumitra sunay sunita surano suresh sururi surya suryakant suryakanta
suryakantam susan susana susanna susanne susheel sushil sushma susie suus suzan suzana suzanne suze suzon suzy
suélen svea sven svenja sverre svetlana sveva sviturno swapnil swara swarnalata swassane sweta sybilla syble
sydnee sydney sydni sydnie sylvain sylvester sylvestre sylviane sylvie sylwester sylwia szczepan szymon sâkıp
sânziana sébastien ségolène séraphin sérgio séverin séverine sílvia sönke sören süheyl süleyman sıdkı sıla
sırrı tabea tabita tabitha taceddin tacjana taddeo tahir tahlia tahsin taib taide talat talay talha talia
talip talita tami tamia tamina tamino tammaro tammo tamāra tancredi tancrède taner tanguy tania tanirika tanja
tanju tanushree tanushri tanya tanyeli tapan tarcisio tari tarik tarja tarkan tarquinia tarsilla tarso tarun
taryn tarık tasha tatiana tatum tatyana taurin tavares taya tayfun tayler taylor tayyar taziana taziano tazio
taşkın teagan tecla teea teije tej tejas tekin tekinalp tekla telchide telemaco telica temel temistocle
temitope teo teobaldo teodata teodolinda teodor teodora teodoro teodosia teodosio teodoto teofil teogene
teohari teoman teona terence terencjusz terenzio teresa teri terrance terrell terrence terri terrill
tertuliano terzo terēze tesauro tesifonte tess tessa tessie teudosia teun teunis tevfik tevhid tevin tezcan
tezel tezer thad thaddeus thalea thalia thaïs thea thelma theo theodor theodora theodore theresa therese
theresia theron thiago thibault thibert thierry thies thije thijmen thijn thijs thilo thirza thom thomas thora
thorben thore thorge thurman théo théodora théodore théodose théophile théophraste thérèse tia tiago tiana
tianna tibaldo tibbe tiberia tiberio tiberiu tiburzio ticone tieme tierra tijmen tijn tijs tilda tillman
tillmann tim timea timm timmothy timmy timo timoléon timotei timoteo timothée timur tinca tincuța tino
tiphaine tirone tirza titien titilayo titilope tito titus tizian tiziana tiziano tizio tjark tobia tobias
tobiasz tobiloba tobin todd todor tolga tolomeo tolunay toluwani toma tomas tomasa tomasz tomiloba tomke
tommaso tommie tomás tomé toni tonnin tonya topher torben torey torquato torrance torrey tosca tosco toussaint
tracey traci tracy traian trajan tranquillo trasea travon tre tremaine tremayne trent trenton tressa tressie
treva trever trevion trevor tricia trilochan trilochana trilok trilokanath trilokesh triloki trina trish
trisha tristan tristano tristian tristin triston trudie trycia trystan trīne tuana tudor tudora tudorița
tudosia tufan tugay tuhfe tullia tulliano tullio tunahan tunay tunç tunçer turan turgay turgut turi turibio
turna turold tushar tussio tutku tuur tuğba tuğrul tuğtekin twan twila tycho tygo tymon tymoteusz tyra tyree
tyreek tyrel tyrell tyrese tyrique tyron tyrone tyshawn tyson tülay tülin tümer türkan türkay türker türkeş
tālis tālivaldis tālrīts tīna tınas ubaldo ubertino uberto udai udit ufuk ugo ugolina ugolino uguccione uhra
ujjawal ujjwal ukbe ulberto ulderico ulfa ulfo ulises ulisse uliva ulpiano ulrico ulstano ulvi ulviye ulysse
uma umang umberto umile umur umuralp umut una undīne unna upendra uranio urbain urbano urdino uriah uriel
uriele urmila ursicio ursino ursmaro ursula ursule usame usha utku uttam uygu uzodimma uğur uģis vada vahdet
vahid vahide vahâ vaidehi vaijayanthi vaijayanti vaishnavi vaishno vaishvi val vala valdemārs valente
valentijn valentim valentin valentina valentino valentīna valentīns valeria valeriana valeriano valerico
valerie valerio valeriu valfredo valfrido vallie valtena valter valère valérie valéry valērija valērijs vance
vanesa vanna varalakshmi varo varvara vasanti vasco vasile vasilica vasilică vasudev vasudeva vasudha
vasundhara vaughn vecdi veda vedang vedanga vedanshi vedasto vedat veerle vefa vefik vehbi veit velda veli
velio vella velma velva venance venanzio venceslao venceslas venera veneranda venerando venere venerio
veniamin ventura venusta venustiano venusto verano verda verdiana verdie vere verecondo verena verenzio vergie
veriana veridiana verla verlie vern verna verner vernice vernie vernon verona veronika verulo verónica vesile
vespasiano veta veysel veysi vezio vianney vic vicdan vicenta vicente vicenția vicențiu vicki vickie vicky
victoire victorien victorin vida vidal vidhur vidhya vidiano vidone vidur vidya vieve viggo vigile vigo vijay
vijolīte vik viktor viktoria vildan vilfredo vilhelmīne viliana viliberto vilma vilmārs vimal vimala vinay
vince vincent vincenza vincenzo vincențiu vinciane vindonio vinebaldo vinfrido vinicio vinnie vinny vinz
violante violeta violette viorel viorela viorica virgie virgil virgilio virginie virginio virone visarion
viscardo vishnu vishwamitra vissia vitale vitalico vito vitor vittore vittoria vittoriano vittorio vitus
vitória vitālijs vivaldo vivian viviana viviane vivianne viviano vivien vivienne vizbulīte vlad vladimir
vladimiro vlaicu vodingo voichița voicu voldemārs volfango volkan vrinda vrund vulmaro vulpiano vuslat vyas
vânia véronique víctor vítor vēsma wacław waino walenty walentyn walentyna waleran waleria walerian walery
walgierz wallace walt walter walton wanda wandrille wanesa warley washington watson wava wawrzyniec waylon
wayne weldon wende wendell wendy werner weronika wes wesley wessel westley weston whitney wiara wibke wiebke
wies wiktor wiktoria wilber wilbert wilbur wilburn wiley wilf wilford wilfred wilfredo wilfrid wilfryd wilhelm
wilhelmina wilhelmine willa willard willem willi willis wilma wilmer wilson wilton wincenty winfield winifred
winnie winnifred winona winston wirginia witalis woodrow wout wouter wyatt wyman władysław włodzimierz xander
xaver xavi xavier xavière xem xzavier xénophon yadira yago yahya yakubu yalgın yalçın yaman yango yannic
yannick yannik yannis yaprak yara yarah yaren yasemin yasin yasmeen yasmin yasmine yassin yassine yassir yavuz
yazmin yağmur yağız yaşar yekta yelda yeliz yener yenthe yesenia yessenia yetkin yeşim yfke yinthe yiğit ylvi
ylvie yoann yogendra yogesh yoginder yolanda yolande yonca yoshiko yosun younes youp yousef youssef ysaline
yseult yuna yunus yuri yusuf yven yves yvette yvonne yüce yücel yüksel yümni yıldırım yıldız yılmaz zabedeo
zabina zac zaccaria zaccheo zach zachariah zachariasz zacharie zachary zachery zaché zackary zackery zafer
zaharia zahide zahra zain zainab zaira zakaria zakary zama zamfir zamfira zamir zane zanita zanobi zara zaraza
zaria zarina zayd zayn zechariah zef zefiro zehra zekai zekeriyyâ zekiye zelda zeliha zelinda zella zelma
zeltīte zena zenaide zenebio zeno zenobia zenobio zenone zenovia zerrin zetico zetta zev zeyd zeyneb zeynel
zeynep ziedīte zigfrīda zigfrīds zigmārs zigrīda zihnî zina zion zita ziva ziver ziya ziyad ziyanda ziyâd zoe
zoey zofia zoie zoila zoilo zola zora zosima zosimo zoé zoéva zoë zula zuzanna zygmunt zâfir zâhit zéphirin
zübeyde zübeyr zühal zülal züleyha zülfikâr zümrüt zīle ángel ángela áurea âmir ângelo çaba çabdar çablı çabuş
çalapkulu çankız çağan çağatay çağdaş çağla çağlar çağlayan çağru çağrı çağrıbeğ çağrıhan çağrıtegin çağıl
çelen çelik çemen çemgen çetin çetinel çetiner çeykün çeşminaz çilay çilenti çiler çimen çise çisil çiçek
çiçem çiğdem çişem çobulmak çocukbörü çokramayul çolman çolpan çölü çıgıl çıngır ève édith édouard éleuthère
élia éliane élie élisabeth élise élisée élodie éloïse élzéar éléonore émeline émeric émile émilie émérance
émérencie épiphane éric érica étienne évangéline évariste évelyne évrard ígor íris óscar ömer önder öykü özcan
özden özer özge özgür özhan özkan özlem özlen öznur ülfet ülgen ülker ülkü ümit ümmiye ümran ünal ünsel ünseli
üzeyir ādams ādolfs ārija ārijs āris ērika ēriks ēvalds ģederts ģertrūde ģirts īrisa łazarz łucja łukasz şaban
şadan şahap şahin şahinalp şahsuvar şahsüvar şakir şamil şarani şayan şebnem şecaeddin şefik şehlevent
şehrazat şelale şemsi şenay şener şengül şennur şenol şerafettin şeref şerif şermin şevket şevki şevval şeyban
şeyda şeyma şihab şihabeddin şiir şinasi şir şule şâfi şükrü żaneta žanete žanis žanna ženija žubīte șerban
ștefan ștefana ștefania
`;

export const givenNamesThatAreWords = `
aba abaka abbey abele abigail abondance ace adonis adonise afro agape aid aida ala alan alba albert albino
alec alexander alexandrine alexia alexine alf alfredo aline alison aliya aliyah ally alma alp althea amabile
amandine amaryllis amber amelia amie amin amir amour amrit amrita ana anal ancilla andromeda angel angelica
anil anise ann anna annalise ant apollo aquiline arcade arch ariel aris aristo art ascension astride ataman
august auguste aura aurelia aurelian aurora autumn ava ave axel baby bacco bade bailee bailey balthazar barb
barbe barbie bardo barkan barman barney baron barry bars barton bas basan bay beau bell belle ben benedict
benjamin bennet benny bent berk berry bertha berthe beryl bet beth bethel betta betty bice biddy bilge bill
billie billy birdie blaise blaze boas bob bobby bodhi boet bon boniface bonita bonito bonnie bora bowie brad
brahma brain brandy brant brent bridie britt brock brook brooks brown buck bud buddy burley buster cade caesar
calcedonio camelia can candida caner carina carl carles carmen carmine carol carter catena caz celeste
celestine chad chance chandler charity charley charlie charlotte chas chase chaya christian christie christy
chuck cicero clarence clay clement clementine cleopatra cleve cliff clint clovis coco col colby cole colin
colleen colt con conception concetto conner connie constant cooper corey cornel cory cosmin coy craig crystal
curt dahlia daisy dale dalton damiana dan danio danny daphne darcy darshan davy dawn dean deb debs dee deen
del dell delphin delta den denis derrick desiderata destiny dev devon dewitt dex dexter diamante diamond diane
dick dies dino dirk divo dixie dock dolly dom dominick dominique don donna donny doris dot douce dovie drake
drew dusty earl earnest easter ebony eddy elide else elvan emerald emery emir emma emmet emmy ender enes era
eric erica erick eros esse ester ethyl eugenia eve evert faas fae faik faith fanny fay fedora felicia felicity
feline fem fender fern fiacre fine fletcher flip floor flor flora florence florentine florin flossie ford
forest foss foster franco frank franklin freeman fritz gabby gage galatea garland garnet garret garrison garth
garuda gaud ged gemini gemma gene general genesis geneva gentile geo georgette germain germaine german
geronimo geta gilbert gill gilly ginger giusto glen gloria golden grace graham grant green griffin gunner guru
gus gussie gust guy guyot hale hamza hank hardy harmony harry haven hazan hazel heath heather heaven hector
helmer henning henry herb hettie holden holly homer hope hunter idea ilia illuminato innocent ion iris isabel
isabella ivory ivy jacinthe jack jacky jacobus jade jai jake james jane jarred jasmin jasmine jasper javas jay
jaycee jazz jean jeanette jeff jenny jerry jess jesse jessie jesus jet jewel jill jimmie jimmy joanna job jock
joe joes joey johannes john johnnie johnny johnson jonty jordan joseph josh joy judge judy julienne juliet
junior justice juvenal kade kai kale kali kama kamala kamila kanaka kane kara kat kay keet kelly kelvin ken
keno kent kerry kick kier kiley kin king kip kirk kit kitty kris kumari kyle kylie lacey lacy lambert lamia
lana lance lane lars laura laurel lea lean lee leman leone les leu lev levin levy lew lewis lex liana lias
libero lien lieve lily line linn lino lion lionel lizzie logan loma loris lot lotte lou louie louis loup loy
loyal luce luke lulu luna lune lutz lux luz lyam lyric maas mac mace mack madeleine madge madison madonna mads
mae maes magdalen maggie magnolia magnus mags maik major malik mamie mani mara marah marc marcel marcella mare
margarita marge marguerite maria marina marine mark marlin marly marques marquis marquise marshall mart marten
martial martin mary maryjane mas mason matilda mats matt mattes mattie maud maverick mavis max maxi maxim
maxima maximus maxwell may maya medina mees meg mel melba melody mels merel merl merle merlin meta mete
michael mick mickey micky mike miles miller millie milo mina mine mink minnie mir miracle mirza missy misty
mitch modest moe moira mollie molly mona monde monte monty moos morgan morris mose moses mossie mozes murl
murphy murray myrtle nadir nae nail name nan nancy nannie napoleon nat naval neal ned neele nellie nelly
nelson nestor nettie newell newton nick nil nils nine noah noble noel nona norma norman nout nova novella nox
nur octave oda oke ole olive oliver ollie omer onie opal opaline ora oral orval oscar osmund otto ova paddy
padma palladia pam pansy pantaleon paolo parfait paris parker pascal pat patience patrick patsy pattie patty
paul pearl pedro peer peggy penny peri perry peter petre philippine phoebe phoenix pia pie pierce piet pilar
pink pinkie pip piper pit polly poppy porter precious prem price primo prince princess prosper prudence puck
quarto queen queenie quin raff raik raj ralph ramona rana randy ransom raven ray reed reg regina rein reis
rens rex rhea rich rick rickey riff riley river roan rob robin roch rocky rod roger rogers roma romaine roman
romano romeo ronnie roos rory rosalia roscoe rose rosella rosemary rover rowan royal ruby russel rusty ruth
sabin sabine sabir sadi sage said saim sally salvo sam samara sammy sancho sander sandy santo santos saul
savanna savannah savin scot scottie sean secondo sefer sena senna serafin serenity serge serin server sever
shad shade shanny shanti sharon shawn shay shea sheila shell shelly sherry shiv sibyl siddhi sienna sierra
silvan sim simi sincere sister sixte sky smriti soave solon som soma sonny soph spencer stela stella sten
sterling steven stone storm sue summer sunny swami sylvan sylvia tad taha talea talon tamara tamer tammy
tanner tara tate taurean tea ted teddy tel telly terry tiara ties tiffany til till tilly timon timothy tina
titi toby tod toke tom tommy toney tony toon tope tore tori toy trace travis trey trinity troy turner tyler
ulices ultimo ulus unique urban valentine valid van vanda vanessa vena vera veronica vesper vesta victor
victoria vienna vin viola violet virginia vita vital viva vive wade waldo wale walker wally ward warren
webster wellington will william willie willow willy wolf xenia zack zander
`;

// Given names of communities in England and Wales that the faker lists above lack, and the short forms British
// people are called by, written down by hand on 2026-12-06 and 2026-12-07 (no list copied): Irish, Ghanaian (Akan day names),
// Nigerian (Yoruba, Igbo), Somali, Eritrean, Pakistani, Bangladeshi and Punjabi, Albanian, Ukrainian and
// Russian, Romanian and Polish short forms, Caribbean, Welsh, Scottish, Chinese, Vietnamese, Bulgarian, Hungarian, Greek,
// Gujarati, Tamil, Bengali, Farsi, Shona and Arabic,
// and British short forms. Lower case, space-separated; the
// second list are also English words, so they count only inside a sentence.
export const curatedGivenNames = `
aisling siobhan niamh saoirse aoife oisin cian caoimhe sinead sinéad padraig pádraig eoin roisin róisín grainne
gráinne orla cormac ciaran ciarán clodagh fionnuala fionn tadhg darragh eimear ailbhe blathnaid dearbhla
oonagh shauna shevaun seamus séamus sean seán colm donal dónal fergal lorcan niall ronan ruairi ruairí
kofi kwame kwabena kojo kweku kwaku kwasi kobby akua abena efua adwoa afua yaa akosua esi ekow fiifi nii
kwesi kwadwo ama
funmi funmilayo tunde babatunde tobi tolu tolulope femi dayo bayo seun yemi bisi bukola bukky lanre dapo
wunmi yinka kunle kayode ayo ayodele folake folami gbenga segun shola sola titilayo ngozi chidi chike
obi uche chioma adaeze kelechi nnamdi ifeanyi chukwuemeka emeka chinedu chinonso ebuka ikechukwu obinna
amaka chiamaka ada nneka somto zikora
hodan abdi ayaan hawa fadumo hibo idil ifrah warsame sagal nimo abdirahman abdullahi mahad abdiaziz
abdikarim abdiwali ahmed ayan deqa faduma hamdi hamse ilhan khadra liban muna najma sahra shukri
ubah yusra filmon tesfay tesfaye yonas yohannes semhar senait mebrat
rashid asif tariq wasim naveed zubair shabana nasreen rukhsana ayesha shirin farida kashif khurram
mohsin nadeem qasim kasim rizwan sajid shahid shakeel tahir usman waqar yasir zeeshan adnan aamir faisal
haroon hassan junaid kamran mudassar saqib sohail tanveer umair uzma fozia ghazala rubina samina shazia
humaira mehwish nabila naila sadia saima tahira anwar abdul rahim rahman shafiq shamim rupa
deepak sunil harpreet gurpreet jaswinder mandeep baljit sukhvinder amrit balvinder daljit gurdeep
gurinder harjit harvinder inderjit jasbir jaspreet kuldeep manpreet navdeep parminder rajinder ranjit
satnam simran sukhjinder surinder tejinder
besnik arben dritan ardit erion blerina genti ardian bekim dardan driton fatmir gezim ilir kujtim
shpend valbona vjosa xhevdet
olena oksana taras bohdan sergei sergey dmitri dmitry mykola mykhailo vasyl yuliia yulia tetiana
ionut ionuț costel bogdan gheorghe vasile marius bartek kasia gosia kuba wojtek
delroy shaquille winston leroy errol clive lloyd desmond neville linton courtney jermaine jerome
levi jahmal jamal kareem rhianna shanice shantelle chantelle tanisha keisha latoya marcia
delores
dre kaz gaz baz daz kez fitz deano jonno robbo tommo macca jacko
rhys dafydd gethin iwan osian cerys ffion aled bethan carys emrys ieuan lowri owain rhodri rhiannon sioned eleri
gareth geraint huw emyr bryn dilys gwyneth glenys meirion alun gwilym hywel trefor gruffydd gwion tomos elis wyn gwyn
glyn ianto mair nerys ceri delyth eirlys gwenllian heulwen angharad mared rhian sian siân tegan
eilidh mhairi morag ishbel catriona ruaridh ruairidh hamish lachlan calum iain murdo kirsty isla ailsa
fraser finlay torquil seonaid shona marsaili kenna kirstie fergus ewan euan rhona
wei jun ming hui xin mei jian hao ling jing fang xiaoming xiaoling yan zhen zhang qiang yong lei tao
mairéad mairead bríd brid eabha éabha fiachra oisín
desislava ivana petya tsvetelina stoyan dimitar georgi nikolai svetlana todor yordan kalina radoslav
borislav hristo iliyan miroslav plamen rumen vesela velichka yoana zlatka
balwinder kulwinder paramjit sukhdev gurmeet jaswant karamjit lakhvir malkit narinder pardeep
rajwinder sarbjit tarsem
karthik senthil murugan vignesh kavitha ramesh suresh ganesh lakshmi meena revathi saravanan thilak
aravind anand divya deepa gowri janani kumaran nithya prakash rajesh shanthi sathish vijay
nusrat tahmina rafiq shahana anwara shirin rokeya jahanara mizanur mahfuz habib sultana
youssef yousef omar khalid tarek karim nour layla leila rania samir walid ziad hani bilal
jo kev bev kel les mick mel steph tash becca bex jules nikki dom
tayo dami lola bimpe dele jide kemi laide niyi remi sade tolani
priti anjali pooja neha nisha hema jyoti manisha meera nita rekha shilpa smita usha vandana hitesh jayesh kalpesh
mahesh nilesh paresh rakesh dinesh ashok bhavesh ketan alpesh ashwin arjun rohan vikram karan nikhil rahul
farhad reza mehdi hossein parisa maryam navid babak behrouz dariush kourosh arash shirin golnaz nasrin
yiannis giorgos eleni kostas nikos dimitris panagiotis vasilis stavros christos despina katerina
erzsebet erzsébet zsofia zsófia katalin istvan istván laszlo lászló jozsef józsef zoltan zoltán gabor gábor
rudo tendai tatenda farai chipo tafadzwa nyasha rutendo tinashe kudzai tapiwa
minh linh huong thanh duc trang tuan quang phuong thuy ngoc anh
`;
export const curatedGivenNamesThatAreWords = `
mo sol nana yaw del wale mentor chanel
al ed em di viv
`;
