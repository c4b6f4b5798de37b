// Stands in for the classic theme's prism-include-languages client module: no extra languages to register.
export default undefined;
