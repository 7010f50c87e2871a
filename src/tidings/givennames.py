"""Given names by gender, written down, not downloaded: plain data, no dependencies.

A module of its own, outside ``tidings.analyze`` (whose package import loads spaCy), so that
both the speaker rules (``tidings.analyze.names``: gender) and plain HTML extraction
(``tidings.extract.authors``: a personal site named after its owner) read one list.

The lists are compact on purpose (about 1,100 names): frequent given names in English-language news
(US/UK/Commonwealth, plus common French, Spanish, German, Italian, Russian, Arabic and Chinese
romanisations). Unisex names (Alex, Jordan...) are left out of both lists.
"""

from __future__ import annotations

import unicodedata

from tidings.wordlists import word_list

FEMALE = set(
    word_list(
        """
abigail ada adriana agnes aisha alexandra alexandria alice alicia alison allison amanda amber
amelia amy ana anastasia andrea angela angelina anita ann anna anne annette antonia april ashley
audrey barbara beatrice becky belinda bernadette beth betsy betty beverly bianca bonnie brenda
bridget brittany brooke caitlin camila candice cara carla carly carmen carol caroline carolyn
catherine cathy cecilia celia charlotte chelsea cheryl chloe christina christine cindy claire
clara claudia colleen constance courtney cynthia daisy dana danielle daphne darlene dawn debbie
deborah debra denise diana diane dina dolores donna doris dorothy edith eileen elaine eleanor
elena elisabeth elise eliza elizabeth ella ellen elsa emily emma erica erika erin esther eva
evelyn fatima felicity fiona florence frances francesca gabriela gabrielle gail georgia
geraldine gillian gina giselle gloria grace gretchen gwen hannah harriet hayley heather heidi
helen helena hillary hilary holly hope ingrid irene iris isabel isabella isabelle jackie
jacqueline jane janet janice jasmine jean jeanne jennifer jenny jessica jill joan joanna joanne
jocelyn josephine joy joyce judith judy julia julie juliet june karen karin kate katherine
kathleen kathryn kathy katie kay kayla kelly kimberly kirsten kristen kristin laura lauren leah
leila lena lesley lillian linda lisa liz lois loretta lorraine louise lucia lucy lydia lynn
madeleine madison maggie mandy margaret margarita maria marianne marie marilyn marina marion
marjorie martha mary maureen maxine megan melanie melinda melissa meredith michelle mildred
miranda molly monica nadia nancy naomi natalia natalie natasha nicole nikki nina nora norma olga
olivia paige pamela patricia paula pauline peggy penelope penny phyllis priscilla rachel rebecca
regina renee rhonda rita roberta rosa rosalind rose rosemary ruth sabrina sally samantha sandra
sara sarah sharon sheila shirley silvia simone sofia sonia sophia sophie stacey stella stephanie
susan susanne suzanne svetlana sylvia tamara tammy tanya teresa theresa tiffany tina tracy
ursula valentina valerie vanessa vera veronica victoria virginia vivian wanda wendy whitney
yasmin yolanda yvonne zoe nikki nicola marine segolene christiane angela ursula theresa nicola
kamala nancy elizabeth condoleezza madeleine ivanka melania huma kellyanne hope sarah michele
nikki tulsi ilhan alexandria ayanna rashida
aaliyah abena adaeze adeline ailsa akiko akosua alejandra alessandra ama amina anjali annalena
aoife aria ariana arianna ava beatriz bella bronwen brielle camille celine cerys chiara chioma
ciara cora delilah eilidh ekaterina eliana emilia fatima federica fernanda folake funmilayo
gabriella galina gianna giorgia giulia hailey hana huda indira irina isla kavita kaylee keiko
khadija kinsley kirsty lakshmi layla lily lorna ludmila madeline madelyn mairead mariam mariana
marta maryam maya meera mhairi mia morag nathalie neha ngozi niamh nirmala noura orla pilar pooja
priya rania rhiannon roisin sadie salma samira scarlett shona sian sinead siobhan smriti sunita
sylvie tatiana valeria wangari wanjiru ximena yoko yuko yulia zainab zoey
ines belen raquel rocio nuria consuelo
"""
    )
)

MALE = set(
    word_list(
        """
aaron abdul abdullah adam adrian ahmed ahmad alan albert alberto alejandro alexander alexei
alexey alfred ali allen alvin ambrose anders andre andreas andrei andrew andy angelo anthony
antonio arnold arthur ashraf austin barack barry bashar ben benjamin bernard bernie bill bob
boris brad bradley brandon brendan brett brian bruce bryan byron calvin carl carlos cecil
charles charlie chris christian christopher chuck clarence claude clifford clint colin craig
curtis dale dan daniel danny darren dave david dean dennis derek diego dmitry dmitri dominic don
donald doug douglas duncan dwight earl eddie edgar edward edwin elijah elliot emmanuel enrique
eric ernest eugene evan fabio felipe felix fernando francis francisco frank franklin fred
frederick gabriel gary gavin gene geoffrey george georgy gerald gerard gilbert glenn gordon
graham grant greg gregory guy hans harold harry harvey hassan hector henry herbert howard hugh
hugo hussein ian igor isaac ivan jack jacob jake james jamie jason javier jay jeb jeff jeffrey
jeremy jerome jerry jesse jim jimmy joe joel johann john johnny jon jonathan jorge jose joseph
josh joshua juan julian justin karl keith ken kenneth kevin khalid kim kirk kurt lance larry
lawrence leo leon leonard lewis lindsey lloyd louis lucas luis luke malcolm marc marco
marcus mario mark martin marvin matt matthew maurice max maxim michael miguel mike mikhail
milton mitch mitt mohamed mohammad mohammed muhammad nathan neil nelson nicholas nick nicolas
nigel nikolai noah norman oleg oliver omar oscar owen pablo patrick paul pedro peter philip
phillip pierre rafael ralph ramon randy raul ray raymond reince reggie ricardo richard rick rob
robert roberto rod rodney roger roland ron ronald ross roy rudolph rudy russell ryan salman sam
samuel scott sean sebastian sergei sergey seth shane shaun simon stanley stefan stephen steve
steven stuart sultan ted terry theodore thomas tim timothy todd tom tommy tony travis trevor
tyler vernon victor vincent vladimir walter wayne wesley william willie xavier yasser yuri
zachary newt marco rand ted jeb mitt mike tim rex rudy corey reince stephen steve jared eric
donald francois emmanuel nicolas jacques manuel jean-yves jean-marc jean-pierre jean-luc laurent
benoit olivier thierry dominique-guy xi wen hu sergei vladimir dmitry sergey nikolai aleksandr
alexandr valery viktor yevgeny recep tayyip benjamin bibi ehud shimon yitzhak hosni hamid ashraf
jalal nouri haider
"""
    )
)
#: Frequent German given names (Germany, Austria, Switzerland; births 1930-2010), which the
#: lists above lacked: bylines of German-language sites ("Von Wolfgang Schmale", "25.10.2022 -
#: Reiner Nagel") are read with them. Names that are as often surnames in English-language
#: news, where a surname alone would take their gender ("Ernst", "Heinz", "Jonas", "Ulrich",
#: "Werner"), and unisex names ("Kai", "Sascha", "Toni") are left out.
FEMALE |= set(
    word_list(
        """
amelie angelika anja anke annika antje beate bettina birgit birte brigitte carola christa
cornelia dagmar daniela dorothea dorothee elke franziska frauke friederike gabi gabriele
gertrud gisela gudrun hannelore hedwig heike helga henrike hildegard ilse irmgard isabell
jana janina johanna jutta katharina kathrin katrin kerstin klara kristina larissa lea luise
manuela mareike marlene martina michaela nadine nadja petra ramona regine renate rosemarie
sabine saskia sigrid silke sonja stefanie svenja tanja ulla ulrike uta ute verena waltraud
wiebke
"""
    )
)
MALE |= set(
    word_list(
        """
achim alois anton armin arno axel bastian benedikt bernd bernhard björn burkhard carsten
christoph denis detlef dieter dirk dominik eberhard egon emil erich erwin fabian florian franz
friedhelm fritz georg gerd gerhard gernot gottfried gregor günter günther hannes harald
hartmut heiko helmut hendrik henning henrik heribert hermann holger horst hubert ingo jannik
jens joachim jochen johannes jörg josef jürgen karl-heinz kilian klaus konrad konstantin lars
lothar ludger ludwig lutz malte manfred marcel marko markus mathias matthias maximilian mirko
moritz niklas nils norbert olaf oskar philipp rainer ralf reiner reinhard rolf rüdiger rudolf
siegfried stephan sven theo thorsten timo tobias torsten udo ulf uwe valentin volker wilfried
wilhelm willi wolfgang
ahmet aiden ajay alain aled alessandro alfie alistair amir amit andres angus anil archie arjun
arvind ashok babajide bilal caleb callum chidi chinedu ciaran clive connor conor cyril dafydd
declan deepak dewi didier dylan eduardo emeka emre emyr enrico ethan euan ezra fahad faisal femi
fergus finley francesco freddie fumio gareth geraint giovanni giuseppe gustavo hamish haruki
hiroshi hossein ibrahim ichiro idris ignacio imran javad joao jomo jurgen karim kemal kenji kenta
kieran kofi krishna kwame kwesi kyle liam lorenzo luca lula mahmoud manmohan marcelo mateo matteo
mauricio mehdi mehmet michel mustafa narendra nasser niall nitin obinna ollie oluwaseun owain
paolo paulo pavel petro philippe prakash rahul raila raj rajesh ramesh rashid ravi reza rhys
rodrigo rohit rory sami samir sanjay santiago satoshi segun sergio shinzo silvio sipho sunil
suresh takeshi tariq thabo themba thiago toby uhuru vijay vikram vitali vitaly volodymyr walid
wyatt yaw yoshihide youssef yusuf
tomas joaquin ruben agustin alvaro gonzalo
"""
    )
)
# names that appear on both lists above by mistake are treated as unknown
_BOTH = FEMALE & MALE
FEMALE -= _BOTH
MALE -= _BOTH


def unaccented(word: str) -> str:
    """``word`` without its accents ("lucía" -> "lucia", "josé" -> "jose"): the lists are
    written in plain letters, and news keeps the accents of Spanish, French or Portuguese
    names. Plain ASCII words come back as they are, at no cost."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_given_name(word: str) -> bool:
    """``word`` is a listed given name ("Matthew", "sylvia", "Lucía"), of either gender."""
    word = unaccented(word.strip(".,").lower())
    return word in FEMALE or word in MALE


def opens_with_given_name(words: list[str] | tuple[str, ...]) -> bool:
    """Two or three words opening with a listed given name: the shape of a person's full name
    ("Karen Holt"), whatever the tagger labelled it."""
    return 2 <= len(words) <= 3 and is_given_name(words[0])


__all__ = ["FEMALE", "MALE", "is_given_name", "opens_with_given_name", "unaccented"]
