/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/voice-applications.yaml (info.version 1.0.1), kind "meta", by scripts/generate.ts.
 * Change the spec and run `pnpm generate` instead.
 */

import type { MetaOperation, MetaSchema } from '../meta/types.js';

/** Every operation of the spec, by operationId. */
export const operations: { readonly [operationId in "Configuration_GetNumbers" | "Configuration_UpdateNumbers" | "Configuration_UnassignNumber" | "Configuration_GetCallbackURLs" | "Configuration_UpdateCallbackURLs" | "Calling_QueryNumber"]: MetaOperation } = {
  "Configuration_GetNumbers": {
    "method": "get",
    "path": "/v1/configuration/numbers",
    "name": "voiceApplications.listNumbers",
    "retry": "safe",
    "parameters": {},
    "response": {
      "$ref": "getNumbersResponseObj"
    }
  },
  "Configuration_UpdateNumbers": {
    "method": "post",
    "path": "/v1/configuration/numbers",
    "name": "voiceApplications.assignNumbers",
    "retry": "safe",
    "parameters": {},
    "body": {
      "mediaType": "application/json",
      "schema": {
        "$ref": "updateNumbers"
      }
    }
  },
  "Configuration_UnassignNumber": {
    "method": "delete",
    "path": "/v1/configuration/numbers",
    "name": "voiceApplications.unassignNumber",
    "retry": "safe",
    "parameters": {},
    "body": {
      "mediaType": "application/json",
      "schema": {
        "$ref": "unassignNumbers"
      }
    }
  },
  "Configuration_GetCallbackURLs": {
    "method": "get",
    "path": "/v1/configuration/callbacks/applications/{applicationkey}",
    "name": "voiceApplications.getCallbackURLs",
    "retry": "safe",
    "parameters": {
      "applicationkey": {
        "in": "path",
        "schema": {
          "type": "string"
        }
      }
    },
    "response": {
      "$ref": "callbacks"
    }
  },
  "Configuration_UpdateCallbackURLs": {
    "method": "post",
    "path": "/v1/configuration/callbacks/applications/{applicationkey}",
    "name": "voiceApplications.updateCallbackURLs",
    "retry": "safe",
    "parameters": {
      "applicationkey": {
        "in": "path",
        "schema": {
          "type": "string"
        }
      }
    },
    "body": {
      "mediaType": "application/json",
      "schema": {
        "$ref": "callbacks"
      }
    }
  },
  "Calling_QueryNumber": {
    "method": "get",
    "path": "/v1/calling/query/number/{number}",
    "name": "voiceApplications.queryNumber",
    "retry": "safe",
    "parameters": {
      "number": {
        "in": "path",
        "schema": {
          "type": "string"
        }
      }
    },
    "response": {
      "$ref": "getQueryNumber"
    }
  }
};

/** Every component schema of the spec, by name. */
export const schemas: Record<string, MetaSchema> = {
  "capability": {
    "type": "string",
    "enum": [
      "voice",
      "sms"
    ]
  },
  "getNumbersResponseObj": {
    "type": "object",
    "properties": {
      "numbers": {
        "type": "array",
        "items": {
          "type": "object"
        }
      }
    }
  },
  "updateNumbers": {
    "type": "object",
    "properties": {
      "numbers": {
        "type": "array",
        "minItems": 1,
        "maxItems": 100,
        "items": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      },
      "applicationkey": {
        "type": "string"
      },
      "capability": {
        "allOf": [
          {
            "$ref": "capability"
          }
        ]
      }
    }
  },
  "unassignNumbers": {
    "type": "object",
    "properties": {
      "number": {
        "type": "string",
        "pattern": "^\\+[1-9]\\d{1,14}$"
      },
      "applicationkey": {
        "type": "string"
      },
      "capability": {
        "allOf": [
          {
            "$ref": "capability"
          }
        ]
      }
    }
  },
  "callbacks": {
    "type": "object",
    "properties": {
      "url": {
        "type": "object",
        "properties": {
          "primary": {
            "type": "string"
          },
          "fallback": {
            "type": "string"
          }
        }
      }
    }
  },
  "getQueryNumber": {
    "type": "object",
    "properties": {
      "number": {
        "type": "object",
        "properties": {
          "rate": {
            "$ref": "price"
          }
        }
      }
    }
  },
  "price": {
    "type": "object"
  }
};
