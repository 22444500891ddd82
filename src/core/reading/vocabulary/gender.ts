/**
 * Given names and forms of address that tell "he" from "she": evidence for whom a pronoun stands
 * for, never a judgement about anyone. A name in neither list says nothing.
 */
import { words } from './words';

export const FEMALE_NAMES = words(`
  abigail ada adele adrienne agnes aileen alexandra alexis alice alicia alison allison amanda amber amelia amy ana
  andrea angela angelina anita ann anna anne annette annie antonia april arlene ashley audrey barbara beatrice becky
  belinda bernadette beth bethany betsy betty beverly bianca bonnie brenda brianna bridget brittany brooke camilla
  candace cara carla carly carmen carol carole caroline carolyn carrie cassandra catherine cathy cecilia celia charlotte
  chelsea cheryl chloe christina christine cindy claire clara claudia colleen connie constance courtney crystal cynthia
  daisy dana danielle daphne dawn deborah debbie debra denise diana diane dolores donna doris dorothy edith eileen elaine
  eleanor elena elisabeth elise eliza elizabeth ella ellen eloise emily emma erica erin esther ethel eva evelyn faith
  felicity fiona florence frances francesca gabrielle gail georgia geraldine gillian gina ginger gladys gloria grace
  gwen gwyneth hannah harriet hayley hazel heather heidi helen helena hilary hillary holly ida imelda ingrid irene iris
  isabel isabella jackie jacqueline jade jan jane janet janice jasmine jean jeanne jenna jennifer jenny jessica jill
  jo joan joanna joanne jocelyn josephine joy joyce judith judy julia julie juliet june karen kate katharine katherine
  kathleen kathryn kathy katie kay kayla keira kelly kerry kim kimberly kirsty kristen kristin laura lauren leah leslie
  lily linda lindsay lindsey lisa liz lois loretta lorraine louise lucy lydia lynn madeleine madison maggie mandy
  marcia margaret margo maria marian marie marilyn marion marjorie martha mary maureen maxine megan melania melanie
  melinda melissa meredith michelle mildred miriam molly monica nadia nancy naomi natalie natasha nicola nicole nikki
  nina nora norma olivia pamela patricia patsy paula pauline peggy penelope penny philippa phyllis polly priscilla
  rachel rebecca regina rita roberta robin rosa rosalind rose rosemary ruby ruth sally samantha sandra sara sarah
  serena sharon sheila shelley sheryl shirley sonia sophia sophie stacey stella stephanie susan susanne suzanne sylvia
  tamara tanya tara teresa terri tessa theresa tiffany tina tracey tracy ursula valerie vanessa vera veronica victoria
  violet virginia vivian wanda wendy whitney yolanda yvonne zoe
  aisha amina fatima leila layla mariam yasmin priya sunita indira benazir sonia angela ursula gudrun ingrid birgit
  marine segolene christine anne-marie ana-maria maria-elena carmen lucia elena olga svetlana natalia tatiana irina
  yulia ludmila aung suu huong thu mai lan hoa ngoc
`);

export const MALE_NAMES = words(`
  aaron adam adrian alan albert alec alex alexander alfred alistair andrew andy angus anthony antonio arnold arthur
  barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brett brian bruce
  bryan byron calvin carl carlos cecil charles charlie chris christian christopher chuck clarence claude clifford
  clint clive colin conor craig curtis dale dan daniel danny darren dave david dean dennis derek desmond dick dominic
  don donald doug douglas duncan dustin dwight earl ed eddie edgar edmund edward edwin elijah elliot emmanuel eric
  ernest eugene evan frank franklin fred frederick gary gavin gene geoff geoffrey george gerald gerard gerry gilbert
  gordon graham grant greg gregory harold harris harry harvey hector henry herbert howard hugh hugo iain ian isaac
  ivan jack jacob jake james jamie jared jason jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john
  johnny jon jonathan jordan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kurt lance
  larry lawrence lee leo leon leonard lewis liam lionel louis luke malcolm marco marcus mario mark martin marvin matt
  matthew max michael mick mike miles mitch mitchell mohammed muhammad morris nathan neil nelson nicholas nick nigel
  noah norman oliver oscar owen patrick paul pete peter phil philip rafael ralph randy ray raymond reginald rex richard
  rick rob robert rod rodney roger roland ron ronald ross roy rudy russell ryan sam samuel scott sean sebastian sergei
  seth shane sidney simon stanley stephen steve steven stewart stuart ted terence terry theodore thomas tim timothy
  tobias todd tom tommy tony travis trevor troy tyler victor vincent vladimir wallace walter warren wayne wesley
  wilbur will william willie xavier zach zachary
  abdul ahmed ahmad ali amir hassan hamid hussein ibrahim khalid mahmoud mustafa omar osama rashid yasser
  jacques pierre francois nicolas emmanuel gerhard helmut wolfgang olaf angelo silvio matteo giuseppe luigi
  dmitry dmitri mikhail nikolai sergey vladislav yuri xi hu wen jinping keqiang shinzo narendra rahul manmohan
  recep bashar benjamin ehud ariel yitzhak kofi nelson thabo jacob cyril muhammadu goodluck olusegun
`);

/** Forms of address that say whom "she" or "he" can stand for. */
export const FEMALE_TITLES = words(`mrs ms miss lady dame queen princess baroness duchess madam madame sister mother`);
export const MALE_TITLES = words(`mr sir lord king prince baron duke earl father brother`);
