export const buildStep = "build";
