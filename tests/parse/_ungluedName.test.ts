import { describe, expect, it } from 'vitest'
import { _ungluedName } from '../../src/parse/_ungluedName.js'

describe('_ungluedName', () => {
  it.each([
    ['Agent JonathanMontgomery', 'Agent Jonathan Montgomery'],
    ['Dan Aykroydstars', 'Dan Aykroyd'],
    ['Sanaa Lathanplays', 'Sanaa Lathan'],
    ['Doug Prayand', 'Doug Pray'],
    ['Antonio SantiniandDan Sickles', 'Antonio Santini'],
  ])('reads "%s" as "%s"', (glued, name) => {
    expect(_ungluedName(glued)).toBe(name)
  })

  it.each(['Cindy MacKenzie', 'Steve McQueen', 'Danny DeVito', 'Laura Dern', 'Lou Ford', 'Ella Rumpf', 'Stars', 'JoBeth Williams', 'RuPaul', 'LeVar Burton', 'Judy Garland', 'Paul Durand', 'Armand Assante', 'Jules Holland'])('leaves "%s" as it is', (name) => {
    expect(_ungluedName(name)).toBe(name)
  })
})
