/** Soft skills and spoken languages a qualification may ask for, with the names resumes use for them. */

export const SOFT_SKILLS: { id: string; name: string; pattern: RegExp; aliases: string[] }[] = [
  {
    id: "communication",
    name: "communication",
    pattern: /\bcommunicat\w*|\bcomunicaci[oó]n/i,
    aliases: ["communication skills", "written communication", "verbal communication", "presentation skills"],
  },
  {
    id: "teamwork",
    name: "teamwork",
    pattern: /\bteam ?work|\bcollaborat\w*|\btrabaj\w* en equipo/i,
    aliases: ["collaboration", "cross-functional collaboration", "team player"],
  },
  {
    id: "leadership",
    name: "leadership",
    pattern: /\bleadership\b|\blead(?:ing)? (?:a )?teams?\b/i,
    aliases: ["team leadership", "led a team", "mentoring"],
  },
  {
    id: "problem-solving",
    name: "problem solving",
    pattern: /\bproblem[- ]solving\b|\bsolv\w* (?:complex |open-ended |ambiguous )?(?:problems|challenges)/i,
    aliases: ["problem-solving", "analytical thinking"],
  },
  {
    id: "self-motivation",
    name: "self-motivated",
    pattern: /\bself[- ](?:motivated|driven|starter)|\bcurious\b|\bcuriosity\b/i,
    aliases: ["self-driven", "self-starter", "curiosity", "curious"],
  },
  {
    id: "stakeholder-management",
    name: "stakeholder management",
    pattern: /\bstakeholders?\b/i,
    aliases: ["stakeholder communication", "worked with stakeholders"],
  },
  {
    id: "attention-to-detail",
    name: "attention to detail",
    pattern: /\battention to detail|detail[- ]oriented/i,
    aliases: ["detail-oriented"],
  },
  {
    id: "adaptability",
    name: "adaptability",
    pattern: /\badaptab\w*|\badapt to change|adaptaci[oó]n al cambio/i,
    aliases: ["adaptable", "flexibility"],
  },
];

export const SPOKEN_LANGUAGES =
  /\b(English|Mandarin|Cantonese|Chinese|Spanish|French|German|Japanese|Korean|Portuguese|Italian|Hindi|Arabic|Russian|Dutch|Polish|Turkish|Hebrew|Vietnamese|Thai|Indonesian|Swedish)\b/g;
export const LANGUAGE_CUE =
  /\b(fluent|fluency|fluently|speak|spoken|write|written|proficien\w*|native|bilingual|idiomatic\w*|language)\b/i;
