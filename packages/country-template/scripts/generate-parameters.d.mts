/** Where the generated modules are written. */
export declare const outputs: { readonly data: string; readonly type: string };
/** The text of the generated modules, from the YAML files in parameters/. */
export declare function generatedParameterModules(): { readonly data: string; readonly type: string };
