/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/voice-applications.yaml (info.version 1.0.1), kind "types", by scripts/generate.ts.
 * Change the spec and run `pnpm generate` instead.
 */

/** Every path of the API, with its operations by HTTP method. */
export interface paths<DateTime = string> {
    "/v1/configuration/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List numbers and their app assignments
         * @description Returns every number of the project with the capability it is set up for (`voice` or `sms`)
         *     and, when it is assigned to an app, that app's key. A number without `applicationkey` in the
         *     answer is not assigned to any app.
         */
        get: operations<DateTime>["Configuration_GetNumbers"];
        put?: never;
        /**
         * Assign numbers to an app
         * @description Links one or more numbers (at most 100 per call) of the project to a voice application for
         *     the given capability. Each number has to support that capability. Without `applicationkey`
         *     the numbers go to the application whose key signed the request.
         *
         *     Success is an empty `204`. Read the result back with `Configuration_GetNumbers` if needed.
         */
        post: operations<DateTime>["Configuration_UpdateNumbers"];
        /**
         * Remove a number from an app
         * @description Undoes the assignment of one number to a voice application. The number stays in the
         *     project; it just no longer routes to that app. Without `applicationkey` the application
         *     whose key signed the request is meant.
         *
         *     Note that this `DELETE` carries a JSON body. Success is an empty `204`.
         */
        delete: operations<DateTime>["Configuration_UnassignNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/configuration/callbacks/applications/{applicationkey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Key of the voice application, as shown for the app in the Sinch dashboard.
                 * @example 5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60
                 */
                applicationkey: components<DateTime>["parameters"]["applicationkey"];
            };
            cookie?: never;
        };
        /**
         * Get an app's callback URLs
         * @description Reads where Sinch posts the call events of this application: the primary URL and, if one
         *     has been set, the fallback URL.
         */
        get: operations<DateTime>["Configuration_GetCallbackURLs"];
        put?: never;
        /**
         * Set an app's callback URLs
         * @description Changes the primary and/or fallback URL that receive this application's call events.
         *     Success is an empty `204`.
         */
        post: operations<DateTime>["Configuration_UpdateCallbackURLs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calling/query/number/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The phone number to look up. Write it with country code, e.g. `+46730170101`; encode the
                 *     `+` as `%2B` in the URL.
                 * @example +46730170101
                 */
                number: components<DateTime>["parameters"]["number"];
            };
            cookie?: never;
        };
        /**
         * Look up a phone number (deprecated)
         * @deprecated
         * @description Tells what Sinch knows about a phone number: its country, whether it is a fixed or mobile
         *     line, the number in normalized E.164 form, whether calling it is restricted, and the price
         *     per minute of a call to it.
         *
         *     Marked as deprecated by Sinch; the vendor document names no replacement.
         */
        get: operations<DateTime>["Calling_QueryNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks the API declares (3.1 `webhooks`; callback events of 3.0 documents are in `components`). */
export type webhooks = Record<string, never>;
/** Reusable schemas, parameters, responses and request bodies of the API. */
export interface components<DateTime = string> {
    schemas: {
        /** @description The error body of the Voice API. */
        Error: {
            /** @description The HTTP status line the error maps to, e.g. `401 Unauthorized`. */
            status?: string;
            /**
             * @description Five-digit code: the HTTP status followed by a two-digit detail, e.g. `40102` for a
             *     signature mismatch.
             */
            errorCode?: string;
            /** @description Human-readable cause. */
            message?: string;
            /** @description Identifier to quote to Sinch support, when there is one. */
            reference?: string;
        };
        /**
         * @description What the number is assigned to the app for: `voice` (calls) or `sms` (messages). The number
         *     has to support it.
         * @example voice
         * @enum {string}
         */
        capability: "voice" | "sms";
        /** @description All numbers of the project, with their app assignment where there is one. */
        getNumbersResponseObj: {
            /** @description One entry per number the project owns. */
            numbers?: {
                /**
                 * @description Phone number in E.164 form.
                 * @example +12025550134
                 */
                number?: string;
                /**
                 * @description Key of the app the number is assigned to. Left out when it is unassigned.
                 * @example 5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60
                 */
                applicationkey?: string;
                capability?: components<DateTime>["schemas"]["capability"];
            }[];
        };
        /** @description Body of `Configuration_UpdateNumbers`. */
        updateNumbers: {
            /**
             * @description Between 1 and 100 numbers of the project, each in E.164 form.
             * @example [
             *       "+12025550134",
             *       "+12025550188"
             *     ]
             */
            numbers?: string[];
            /**
             * @description Key of the app that should receive the numbers. If left empty, the key that signed the
             *     request is used.
             * @example 5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60
             */
            applicationkey?: string;
            /** @description Capability to assign the numbers for; every number must support it. */
            capability?: components<DateTime>["schemas"]["capability"];
        };
        /** @description Body of `Configuration_UnassignNumber`. */
        unassignNumbers: {
            /**
             * @description The number to detach from the app, in E.164 form.
             * @example +12025550188
             */
            number?: string;
            /**
             * @description Key of the app the number is currently assigned to. If left empty, the key that signed
             *     the request is used.
             * @example 5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60
             */
            applicationkey?: string;
            /** @description Optional. The capability the number was assigned for. */
            capability?: components<DateTime>["schemas"]["capability"];
        };
        /** @description Callback URLs of one voice application. */
        callbacks: {
            /** @description The primary URL and, optionally, a fallback. */
            url?: {
                /**
                 * @description Where Sinch posts the application's call events.
                 * @example https://voice.example.com/sinch/events
                 */
                primary?: string;
                /**
                 * @description Second destination, tried only when the primary URL times out or returns an error.
                 *     Only present in a read if one has been configured.
                 * @example https://voice-backup.example.com/sinch/events
                 */
                fallback?: string;
            };
        };
        /** @description Result of a number lookup. */
        getQueryNumber: {
            /** @description What is known about the number. */
            number?: {
                /**
                 * @description Country of the number as an ISO 3166-1 code, e.g. `SE`.
                 * @example SE
                 */
                countryId?: string;
                /**
                 * @description Line type: `Fixed`, `Mobile`, `Other` (neither), or `Unknown`.
                 * @example Mobile
                 * @enum {string}
                 */
                numberType?: "Unknown" | "Fixed" | "Mobile" | "Other";
                /**
                 * @description The number rewritten in E.164 form.
                 * @example +46730170101
                 */
                normalizedNumber?: string;
                /**
                 * @description True when calling this number is restricted.
                 * @example false
                 */
                restricted?: boolean;
                rate?: components<DateTime>["schemas"]["price"];
            };
        };
        /** @description An amount of money and its currency. */
        price: {
            /**
             * @description Currency code, e.g. `USD`. May be null.
             * @example USD
             */
            currencyId?: string | null;
            /**
             * Format: float
             * @description The amount, in units of `currencyId`.
             * @example 0.368
             */
            amount?: number;
        };
    };
    responses: {
        /** @description The request was malformed or named something that does not exist. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "400 Bad Request",
                 *       "errorCode": "40001",
                 *       "message": "The request body could not be read as the expected JSON.",
                 *       "reference": "6f1c2a9e-3b7d-4e8f-a0b1-c2d3e4f5a6b7"
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["Error"];
            };
        };
        /** @description Missing, malformed or wrongly signed credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "401 Unauthorized",
                 *       "errorCode": "40102",
                 *       "message": "The request signature does not match."
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Key of the voice application, as shown for the app in the Sinch dashboard.
         * @example 5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60
         */
        applicationkey: string;
        /**
         * @description The phone number to look up. Write it with country code, e.g. `+46730170101`; encode the
         *     `+` as `%2B` in the URL.
         * @example +46730170101
         */
        number: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
/** JSON Schema definitions of the document (unused by these APIs). */
export type $defs = Record<string, never>;
/** Every operation of the API by operationId: parameters, request body and responses. */
export interface operations<DateTime = string> {
    Configuration_GetNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's numbers with their assignments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "numbers": [
                     *         {
                     *           "number": "+12025550134",
                     *           "applicationkey": "5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60",
                     *           "capability": "voice"
                     *         },
                     *         {
                     *           "number": "+12025550188",
                     *           "applicationkey": "5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60",
                     *           "capability": "voice"
                     *         },
                     *         {
                     *           "number": "+46700000123",
                     *           "capability": "voice"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["getNumbersResponseObj"];
                };
            };
            400: components<DateTime>["responses"]["BadRequest"];
            401: components<DateTime>["responses"]["Unauthorized"];
        };
    };
    Configuration_UpdateNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The numbers, the target app and the capability to assign them for. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "numbers": [
                 *         "+12025550134",
                 *         "+12025550188"
                 *       ],
                 *       "applicationkey": "5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60",
                 *       "capability": "voice"
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["updateNumbers"];
            };
        };
        responses: {
            /** @description The numbers are now assigned; there is no response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components<DateTime>["responses"]["BadRequest"];
            401: components<DateTime>["responses"]["Unauthorized"];
        };
    };
    Configuration_UnassignNumber: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The number to detach, and optionally the app and capability it was assigned for. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "number": "+12025550188",
                 *       "applicationkey": "5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60",
                 *       "capability": "voice"
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["unassignNumbers"];
            };
        };
        responses: {
            /** @description The assignment is gone; there is no response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components<DateTime>["responses"]["BadRequest"];
            401: components<DateTime>["responses"]["Unauthorized"];
        };
    };
    Configuration_GetCallbackURLs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Key of the voice application, as shown for the app in the Sinch dashboard.
                 * @example 5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60
                 */
                applicationkey: components<DateTime>["parameters"]["applicationkey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application's callback URLs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": {
                     *         "primary": "https://voice.example.com/sinch/events",
                     *         "fallback": "https://voice-backup.example.com/sinch/events"
                     *       }
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["callbacks"];
                };
            };
            400: components<DateTime>["responses"]["BadRequest"];
            401: components<DateTime>["responses"]["Unauthorized"];
        };
    };
    Configuration_UpdateCallbackURLs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Key of the voice application, as shown for the app in the Sinch dashboard.
                 * @example 5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60
                 */
                applicationkey: components<DateTime>["parameters"]["applicationkey"];
            };
            cookie?: never;
        };
        /** @description The new callback URLs. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "url": {
                 *         "primary": "https://voice.example.com/sinch/events",
                 *         "fallback": "https://voice-backup.example.com/sinch/events"
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["callbacks"];
            };
        };
        responses: {
            /** @description The callback URLs were stored; there is no response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components<DateTime>["responses"]["BadRequest"];
            401: components<DateTime>["responses"]["Unauthorized"];
        };
    };
    Calling_QueryNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The phone number to look up. Write it with country code, e.g. `+46730170101`; encode the
                 *     `+` as `%2B` in the URL.
                 * @example +46730170101
                 */
                number: components<DateTime>["parameters"]["number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Details of the number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "number": {
                     *         "countryId": "SE",
                     *         "numberType": "Mobile",
                     *         "normalizedNumber": "+46730170101",
                     *         "restricted": false,
                     *         "rate": {
                     *           "currencyId": "USD",
                     *           "amount": 0.052
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["getQueryNumber"];
                };
            };
            400: components<DateTime>["responses"]["BadRequest"];
            401: components<DateTime>["responses"]["Unauthorized"];
        };
    };
}
