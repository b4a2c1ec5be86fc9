export const questionPage = "question";
