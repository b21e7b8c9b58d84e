import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("SMTP_URL and SMTP_FROM", () => {
  it("send no mail by default, from the office's no-reply address", () => {
    const env = parseEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.SMTP_FROM).toBe("DPMPTSP Kabupaten Purwakarta <no-reply@dpmptsp.purwakartakab.go.id>");
    expect(parseEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
  });

  it("accept smtp:// and smtps:// URLs and an address with or without a name", () => {
    expect(parseEnv({ SMTP_URL: "smtp://user:rahasia@mail.purwakartakab.go.id:587" }).SMTP_URL).toBe("smtp://user:rahasia@mail.purwakartakab.go.id:587");
    expect(parseEnv({ SMTP_URL: " smtps://mail.example.go.id " }).SMTP_URL).toBe("smtps://mail.example.go.id");
    expect(parseEnv({ SMTP_FROM: "tirta@purwakartakab.go.id" }).SMTP_FROM).toBe("tirta@purwakartakab.go.id");
    expect(parseEnv({ SMTP_FROM: "Tirta Purwakarta <tirta@purwakartakab.go.id>" }).SMTP_FROM).toBe("Tirta Purwakarta <tirta@purwakartakab.go.id>");
  });

  it.each([
    ["SMTP_URL", "mail.example.go.id:587"],
    ["SMTP_URL", "http://mail.example.go.id"],
    ["SMTP_URL", "smtp://"],
    ["SMTP_FROM", "no-reply"],
    ["SMTP_FROM", "Tirta <no-reply>"],
    ["SMTP_FROM", "a@b.c\r\nBcc: x@y.z"],
  ])("rejects %s=%j naming the variable", (variable, value) => {
    let error: unknown;
    try {
      parseEnv({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).issues.map((i) => i.variable)).toEqual([variable]);
    expect((error as EnvError).message).toContain(variable);
  });
});
