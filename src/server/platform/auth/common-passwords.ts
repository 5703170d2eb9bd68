/** Passwords seen most in public breach lists (lower-cased); refused whatever the policy's length. */
export const commonPasswords = new Set(
  `123456 123456789 12345678 password qwerty123 qwerty 1234567890 1234567 111111 123123 abc123 password1
  iloveyou 1q2w3e4r 000000 qwerty1 aa123456 a123456 a123456789 woaini1314 5201314 1qaz2wsx 1qaz@wsx
  password123 p@ssw0rd p@ssword passw0rd admin admin123 admin@123 admin888 root root123 test123 welcome
  welcome1 letmein monkey dragon sunshine princess football baseball master shadow superman trustno1
  abcd1234 abcd@1234 qwer1234 asdf1234 zxcv1234 q1w2e3r4 1q2w3e4r5t qwe123 qweasd qweasdzxc asd123
  zxc123 123qwe 123abc abc12345 88888888 66666666 11111111 12341234 123321 654321 987654321 147258369
  159357 741852963 520520 5211314 woaini 19491001 hongyuan hongyuan123 party123 dangjian dangjian123
  changeme changeme123 secret secret123 default guest guest123 user123 login123 china123 beijing2008
  aa123456789 a12345678 a1234567 a12345 abc123456 abcd123456 1234qwer 12345qwert qazwsx123 zaq12wsx
  admin1234 administrator password12 password@123 pass1234 pass@123 test1234 test@123`
    .split(/\s+/)
    .filter(Boolean),
);
