// UK given names and their usual short forms, pet forms and spelling variants.
// One group per line: "formal spellings: short forms". Two names are treated as the same
// given name when they share a group (a name may sit in several groups: "Sam" is Samuel
// or Samantha). Compiled by hand for this project from common British usage; names are
// lower case and without accents, as name-normalisation.ts leaves them.
// Deliberately left out: pairs that are everyday separate names as well ("Lisa" for
// Elizabeth, "Harry" for Henry is kept because it is overwhelmingly used that way in the UK).
export const givenNameVariantGroups = `
abigail: abi abby abbie gail
abraham: abe bram
adrian: ade
aidan aiden: aid
alan allan allen: al
albert: al bert bertie
alexander alasdair alistair alastair: alex alec alick ali sandy sasha xander
alexandra alexandria: alex alexa ali lexi sandra sasha
alfred: alf alfie fred freddie
alice alicia: ally allie
amanda: mandy manda
andrew: andy drew
angela: angie
anne ann anna: annie nan nancy
anthony antony: tony ant
archibald: archie
arthur: art artie
barbara: barb babs barbie
benjamin: ben benji benny
bernard: bernie
beverley beverly: bev
bradley: brad
bridget: bridie biddy
callum calum: cal
caroline carolyn carol: caz carrie lyn
catherine katherine kathryn katharine kathleen: kate katie kat kathy cath cathy kay kit kitty
charles: charlie chas chuck chaz
charlotte: lottie charlie lotte
christina christine: chris chrissy tina
christopher: chris kit topher
clifford: cliff
colin: col
connor conor: con
cornelius: neil
cynthia: cindy
daniel: dan danny
danielle: dani
david dafydd: dave davy davie dai
deborah debra: deb debbie debs
dennis: den
derek: del
diana diane: di
dominic: dom
donald: don donny
dorothy: dot dottie dolly
douglas: doug dougie
edmund: ed eddie ned
edward: ed eddie ted teddy ned
eleanor elinor: ellie nell nellie nora
elizabeth: liz lizzie lizzy beth betty bet bess bessie libby eliza elsie betsy
emily: em emmy millie
emma: em emmy
eugene: gene
francis: frank frankie fran
frances: fran frankie fanny
frederick: fred freddie freddy
gabriel: gabe
gabrielle gabriella: gabby gabi
geoffrey jeffrey: geoff jeff
george: georgie geordie
georgina georgia: georgie gina
gerald: gerry ged
gerard: gerry ged
gillian: gill jill gilly
gregory: greg
gwendolyn: gwen
harold: harry hal
harriet: hattie
helen helena: nell nellie
henry: harry hal hank
herbert: herb bert
ian iain:
isaac: ike zac
isabel isabella isabelle: izzy bella isa
jacob: jake jack
jacqueline: jackie jacqui
james: jim jimmy jimmie jamie jem jas
jane jean: jenny janey
janet: jan
jennifer: jen jenny jenni
jessica: jess jessie
joanna joanne: jo jojo
john: jack johnny jock
jonathan: jon jonny jonty
joseph: joe joey jo
josephine: jo josie
joshua: josh
judith: judy jude
julian: jules
katrina: trina kat
kenneth: ken kenny
kieran ciaran: kier
kimberley kimberly: kim
laurence lawrence: laurie larry lol
leonard: len lenny leo
leslie lesley: les
lewis louis: lou
louise louisa: lou lulu
madeleine madeline: maddie maddy
margaret: maggie meg peggy madge mags marge greta
marjorie: marge margie
martin: marty
mary: molly polly mae
mohammed muhammad mohammad mohamed muhammed: mo moe
matilda: tilly tilda
matthew mathew: matt matty
maureen: mo
maurice: mo
megan: meg
melanie: mel
melissa: mel missy
michael: mick mickey micky mike mikey mikhail
michelle: shell shelley
nathan nathaniel: nate nat
nicholas: nick nicky nico
nicola nicole: nicky nikki
oliver: olly ollie
olivia: liv livvy olly
pamela: pam
patricia: pat patsy trish tricia
patrick: pat paddy
peter: pete
philip phillip: phil pip
philippa: pippa pip
rebecca: becky becca bex
reginald: reg reggie
richard: rich richie rick ricky dick
robert: rob robbie robby bob bobby bert bertie
roderick: rod roddy
rodney: rod
ronald: ron ronnie
rosemary: rosie rose
ruth: ruthie
samantha: sam sammy
samuel: sam sammy
sarah sara: sally sadie
sean shaun shawn: shay
sebastian: seb
sharon: shaz
simon: si
sophia sophie: soph
stanley: stan
stephanie: steph
stephen steven: steve stevie
stuart stewart: stu
susan suzanne susanna: sue susie suzy
terence terrence: terry tel
theodore: theo ted teddy
thomas: tom tommy
timothy: tim timmy
valerie: val
victoria: vicky vicki tori
vincent: vince vinny
walter: walt wally
wilfred: wilf
william: will willie willy bill billy liam
winifred: winnie
zachary: zach zack zac
`;
